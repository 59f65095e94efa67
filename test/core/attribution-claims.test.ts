import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {cues} from '../helpers/attribution.js';

// Every sentence here is written for these tests; none comes from a corpus or a sample.

/** Each sentence with the one claim it should get (or none). */
function expectAll(cases: ReadonlyArray<[string, string[]]>): void {
  for (const [sentence, expected] of cases) assert.deepEqual(cues(sentence), expected, sentence);
}

describe('needs-attribution: intent in news copy', () => {
  test('a struggle to do something tells what its subject is trying to do', () => {
    expectAll([
      ['The mayor, fighting to keep the ferry route open, met the harbour board.', ['intent: fighting to keep']],
      ['The cooperative is battling to win back its dairy customers.', ['intent: battling to win']],
      ['Smaller growers struggled to find pickers for the late harvest.', ['intent: struggled to find']]
    ]);
  });

  test('a purpose told as a hope is a mind, whoever acts', () => {
    expectAll([
      ['The samples will be frozen in hopes of finding the virus later.', ['intent: in hopes of']],
      ['Divers searched the wreck again in the hope that the logbook survived.', ['intent: in the hope that']]
    ]);
  });

  test('public acts and the purposes of things are not a mind', () => {
    expectAll([
      // `aimed at` names what talks or a bill are for.
      ['Talks aimed at ending the dock strike collapsed on Monday.', []],
      ['A bylaw aimed at noisy bars takes effect in June.', []],
      // `seeks` with a plain object is a request made in public.
      ['The brewery is seeking planning permission for a second site.', []],
      ['The widow is seeking damages from the ferry line.', []],
      // A thing that is ready is a state or a schedule.
      ['The new lock gate is ready to open for the spring tides.', []],
      // The wish forms still count.
      ['The trust aims at doubling its membership.', ['intent: aims']],
      ['The brewery is seeking to buy the old maltings.', ['intent: seeking to buy']]
    ]);
  });

  test('a fight as a noun is no intent', () => {
    expectAll([
      ['The fight to the finish drew a crowd to the quay.', []],
      ['Their battle for the title ended in a draw.', []]
    ]);
  });
});

describe('needs-attribution: judgements in news copy', () => {
  test('a noun naming a known event is a reference, not a judgement', () => {
    expectAll([
      ['Two inquiries into the disaster opened on Monday.', []],
      ['Divers returned to the ferry disaster site at dawn.', []],
      ['The harbour board has not met since the mayor\'s scandal.', []],
      // Predicated, or with an indefinite article, it judges.
      ['The new timetable was a disaster for night workers.', ['evaluative: disaster']],
      ['This was the disaster the harbour master had feared.', ['evaluative: disaster']],
      // A pure verdict judges however it is used.
      ['Two inquiries into the fiasco opened on Monday.', ['evaluative: fiasco']]
    ]);
  });
});
