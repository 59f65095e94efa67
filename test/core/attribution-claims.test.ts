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

  test('a choice explained by a fear is a mind', () => {
    expectAll([
      ['The club settled out of court rather than risk a long trial.', ['intent: rather than risk']],
      ['The skipper chose not to risk the crossing in the gale.', ['intent: not to risk']],
      ['Stallholders kept their shutters down for fear of another storm.', ['intent: for fear of']]
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

describe('needs-attribution: causes stated as plain fact', () => {
  test('an effect had or taken, a result made, a share of a cause, a consequence secured', () => {
    expectAll([
      ['The long frost had an effect on the spring lambing.', ['causal: had an effect on']],
      ['The closures have had a lasting impact on trade along the quay.', ['causal: had a lasting impact on']],
      ['The heat wave took a heavy toll on the vineyards.', ['causal: took a heavy toll on']],
      ['A new dredger has made the channel far safer for yachts.', ['causal: made the channel far safer']],
      ['Cheaper diesel made the night ferry more popular with hauliers.', ['causal: made the night ferry more']],
      ['Rumours of a buyer accounted for much of the rise in the club\'s shares.', ['causal: accounted for']],
      ['Regular drills ensure the lifeboat crews are ready for winter.', ['causal: ensure']],
      ['Dozens of stallholders were forced to move after the market hall closed.', ['causal: were forced to']]
    ]);
  });

  test('their plain readings are not causes', () => {
    expectAll([
      // Found, allowed for, a noun.
      ['All twelve crew members were accounted for by midnight.', []],
      ['The club\'s accounts for last season were filed on Monday.', []],
      // A purpose or a duty, not a consequence.
      ['The harbour master walked the pier to ensure the gates were shut.', []],
      // A figure, not a result.
      ['The late goal made the visiting fans more than happy.', []],
      ['Fishermen were forced to the back of the queue.', []]
    ]);
  });

  test('a market move with its reason is explained', () => {
    expectAll([
      ['Wool prices firmed on the news from the northern auctions.', ['causal: firmed on the news']],
      ['Shares in the brewery fell sharply on renewed fears of a strike.', ['causal: fell sharply on renewed fears']],
      // A move on a day, or news reported, explains nothing.
      ['Wool prices firmed on Tuesday at the northern auctions.', []],
      ['The result was reported on the news that evening.', []]
    ]);
  });

  test('after a modal the effect is a forecast, which the prediction rules own', () => {
    assert.deepEqual(cues('The new levy could have an effect on the ferry trade.'), []);
    assert.deepEqual(cues('The new levy could have an effect on the ferry trade.', {sensitivity: 'strict'}), []);
    assert.deepEqual(cues('The new levy will probably have an effect on the ferry trade.'), ['prediction: will probably have']);
  });
});

describe('needs-attribution: judgements told as fact', () => {
  test('the temper of a quarrel, degree and strain, a comparison', () => {
    expectAll([
      ['The two unions have been locked in an acrimonious dispute over rotas.', ['evaluative: acrimonious']],
      ['The new timetable is a marked change from the old one.', ['evaluative: a marked']],
      ['Margins at the smaller ferry lines are under pressure this winter.', ['evaluative: under pressure']],
      ['Passengers have noticed little difference since the merger.', ['evaluative: little difference']],
      ['Electric buses are quieter and more reliable than the old diesel fleet.', ['evaluative: more reliable than']],
      // A comparison of figures is no judgement of this kind.
      ['The ferry carried more than 2,000 cars in June.', ['statistic: more than 2,000 cars']]
    ]);
  });

  test('how things looked or turned out, in the writer\'s voice', () => {
    expectAll([
      ['The remark seemed to be aimed at the harbour board.', ['evaluative: seemed to be']],
      ['The second repair, made in haste, proved costly for the council.', ['evaluative: proved costly']],
      ['The plan proved to be unworkable.', ['evaluative: proved to']],
      ['Shipping firms were slow to react to the new rules.', ['evaluative: were slow to react']]
    ]);
  });

  test('plain readings of those words are not judgements', () => {
    expectAll([
      // A named person's stance, shown in public, is theirs (the story names them).
      ['Ada Lund, who chairs the ferry users\' group, appeared to accept the new fares.', []],
      ['She seemed to agree with the harbour master.', []],
      // Appearing somewhere; proving a thing; a pace with no verb after it.
      ['The mayor appeared on the quay at noon.', []],
      ['The divers proved the theory wrong on Tuesday.', []],
      ['The dredging test is a proving ground for the new crews.', []],
      ['Traffic on the causeway slowed to a crawl.', []]
    ]);
  });
});

describe('needs-attribution: predictions with may', () => {
  test('may before a verb its subject undergoes forecasts', () => {
    expectAll([
      ['The ferry line may also face a second strike in the spring.', ['prediction: may also face']],
      ['Smaller boatyards may lose their moorings.', ['prediction: may lose']]
    ]);
  });

  test('may that permits is no forecast at balanced sensitivity', () => {
    expectAll([
      ['Residents may also speak at the harbour board meeting.', []],
      ['Cyclists may use the bus lane on Sundays.', []]
    ]);
    assert.deepEqual(cues('Cyclists may use the bus lane on Sundays.', {sensitivity: 'strict'}), ['prediction: may use']);
  });
});

describe('needs-attribution: plain senses of the new judging and intent words', () => {
  test('physical and descriptive senses are not judgements', () => {
    expectAll([
      ['Two officers arrived in a marked patrol car.', []],
      ['The gas is stored under pressure in steel tanks.', []],
      ['The company\'s proved reserves lie under the northern shelf.', []],
      ['The mayor appeared to reporters on the steps of the town hall.', []],
      // The strained and degree senses are.
      ['The harbour board came under pressure to cut fees.', ['evaluative: under pressure']],
      ['The minister, under fire over the ferry contract, left the quay by car.', ['evaluative: under fire']],
      ['The new ferry is a marked improvement on the old one.', ['evaluative: a marked']]
    ]);
  });

  test('effort at a physical task is an observable event, not a mind', () => {
    expectAll([
      ['Firefighters battled to contain the blaze at the timber yard.', []],
      ['Divers struggled to reach the wreck in the strong tide.', []],
      ['The harbour board is fighting to keep its ferry licence.', ['intent: fighting to keep']]
    ]);
  });
});
