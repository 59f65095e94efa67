/**
 * Evaluative vocabulary: judgements, characterisations and superlatives
 * in the writer's voice. Words are lower case.
 */

/**
 * Verdicts: words that do nothing but praise or condemn (`a shambles`,
 * `brilliant`, `a fiasco`). Flagged at every sensitivity.
 */
export const verdictWords: readonly string[] = [
  'brilliant', 'superb', 'excellent', 'outstanding', 'magnificent', 'splendid', 'masterful', 'masterclass',
  'shrewd', 'dismal', 'shambles', 'shambolic', 'blunder', 'fiasco', 'debacle', 'disastrous', 'catastrophic',
  'humiliating', 'humiliation', 'disgraceful', 'shameful', 'scandalous', 'appalling', 'abysmal', 'woeful',
  'lamentable', 'inept', 'incompetent', 'hapless', 'botched', 'farcical', 'astonishing', 'extraordinary',
  'breathtaking', 'dazzling', 'flawless', 'phenomenal', 'sensational', 'spectacular', 'stunning', 'pathetic',
  'deplorable', 'despicable', 'inexcusable', 'unforgivable', 'laughable', 'ridiculous', 'travesty', 'mockery',
  'triumph', 'tour de force', 'nothing short of'
];

/**
 * Adjectives, nouns and participles that judge (`a brilliant
 * performance`, `a shambles`, `controversial`). Flagged at balanced
 * sensitivity.
 */
export const evaluativeWords: readonly string[] = [
  // praise
  'impressive', 'remarkable',
  'stellar', 'exceptional',
  'savvy', 'canny', 'deft', 'astute', 'polished', 'compelling', 'bold', 'courageous', 'visionary', 'landmark',
  'historic', 'milestone', 'triumphant', 'groundbreaking', 'ground-breaking',
  'game-changing', 'game-changer', 'transformative', 'unprecedented', 'unparalleled', 'unrivalled',
  'significant', 'crucial', 'pivotal', 'momentous', 'seminal', 'dramatic', 'striking', 'nuanced', 'elegant',
  'heroic', 'admirable', 'laudable', 'commendable', 'formidable', 'inspiring', 'inspired',
  'world-class', 'iconic', 'legendary', 'vibrant', 'thriving', 'gripping', 'riveting',
  'superlative', 'faultless', 'immaculate', 'virtuoso',
  'charismatic', 'eloquent', 'poignant', 'haunting', 'mesmerising',
  'mesmerizing', 'captivating', 'delightful', 'wonderful', 'marvellous', 'marvelous', 'fantastic',
  'terrific', 'incredible', 'unbelievable', 'amazing', 'awesome', 'glorious', 'sublime',
  'innovative', 'ingenious', 'daring', 'audacious', 'fearless', 'tireless', 'inspirational',
  'pioneering', 'revolutionary', 'trailblazing', 'definitive', 'must-see', 'masterpiece',
  'gem', 'searing', 'scintillating', 'electrifying', 'enthralling', 'exhilarating', 'heartbreaking',
  'heart-wrenching', 'harrowing', 'chilling', 'jaw-dropping', 'eye-opening', 'thought-provoking', 'ill-conceived', 'coup', 'success story', 'shining example', 'watershed', 'turning point',
  // blame
  'disaster',
  'catastrophe', 'embarrassing', 'embarrassment',
  'dire', 'lacklustre', 'lackluster', 'clumsy',
  'bungled', 'chaotic', 'reckless', 'irresponsible', 'naive',
  'cynical', 'misguided', 'ill-judged', 'ill-advised', 'ill-fated', 'short-sighted', 'timid', 'feeble',
  'half-hearted', 'muddled', 'toothless', 'flawed', 'bizarre', 'baffling', 'absurd',
  'shocking', 'alarming', 'worrying', 'troubling', 'disturbing', 'dismaying', 'disappointing',
  'bruising', 'gruelling', 'grueling', 'damaging', 'devastating', 'crippling', 'ruinous', 'dreadful',
  'terrible', 'awful', 'horrific', 'fragile', 'precarious', 'shaky', 'embattled', 'beleaguered', 'besieged',
  'controversial', 'contentious', 'divisive', 'polarising', 'polarizing', 'unpopular', 'notorious',
  'infamous', 'gamble', 'setback', 'u-turn', 'climbdown', 'snub', 'rebuke', 'mess', 'farce', 'sham',
  'stands out', 'stand out', 'stood out', 'a far cry from', 'fell short', 'falls short',
  'long-awaited', 'much-needed', 'hard-won', 'high-profile', 'hotly',
  'crushing', 'resounding', 'stinging', 'scathing', 'glaring', 'staggering', 'whopping',
  'eye-watering', 'jaw-dropping', 'unstoppable', 'ailing', 'crumbling', 'grim', 'bleak',
  'rosy', 'gloomy', 'lavish', 'paltry', 'meagre', 'meager', 'exorbitant',
  'mediocre', 'pedestrian', 'dull', 'tedious', 'bland', 'forgettable', 'uninspired', 'uninspiring', 'clunky',
  'overrated', 'overpriced', 'overblown', 'bloated', 'tone-deaf', 'heavy-handed', 'high-handed', 'arrogant',
  'callous', 'cruel', 'heartless', 'shabby', 'sloppy', 'careless', 'negligent', 'lax', 'dysfunctional',
  'outdated', 'archaic', 'antiquated', 'draconian', 'punitive', 'unfair', 'unjust', 'outrageous',
  'abhorrent', 'egregious',
  'unacceptable', 'irrational', 'incoherent', 'turbulent', 'tumultuous',
  'fraught', 'sobering', 'damning', 'lamentably', 'nightmare',
  'scandal', 'outrage', 'folly', 'wasteful', 'futile', 'pointless',
  'questionable', 'dubious', 'murky', 'shady', 'cynically', 'naively', 'recklessly',
  'brilliantly', 'superbly', 'admirably', 'skilfully', 'skillfully', 'deftly', 'shrewdly',
  'wisely', 'foolishly', 'clumsily', 'ineptly', 'dismally', 'spectacularly', 'miserably', 'woefully', 'sorely',
  'rightly', 'wrongly', 'unfairly', 'justly', 'unjustly', 'belatedly', 'unprecedentedly',
  'impressively', 'commendably', 'vastly', 'dramatically', 'drastically',
  'the jewel in', 'a shadow of', 'in disarray', 'in tatters', 'on its knees',
  'renowned', 'acclaimed',
  'prestigious', 'storied', 'beloved', 'much-loved', 'revered', 'disgraced', 'discredited',
  'scandal-hit', 'crisis-hit', 'cash-strapped', 'under-fire', 'under fire', 'tepid', 'lukewarm', 'half-baked',
  'lame-duck', 'sterling', 'bumper', 'glittering', 'hard-fought', 'high-stakes', 'sorry state', 'gaffe',
  'gaffe-prone', 'misstep', 'overreach', 'uproar', 'furore', 'furor', 'firestorm', 'showpiece', 'vanity project',
  'white elephant', 'red tape', 'cash cow', 'golden age', 'heyday', 'lifeline', 'bombshell', 'wake-up call',
  // the temper of a quarrel
  'acrimonious', 'rancorous', 'fractious', 'vitriolic', 'venomous', 'bad-tempered', 'ill-tempered',
  // degree and strain told as fact
  'stark', 'a marked', 'under pressure', 'little difference',
  // the writer's reading of how things look or turned out (see `appearanceVerbs`, `outcomeVerbs`)
  'VERB:seem to', 'VERB:appear to', 'proved *', 'proves *', 'proving *',
  // the pace of a response (see `paceAdjectives`)
  'slow to', 'quick to', 'swift to'
];

/**
 * The first words of the entries above that read how something looks
 * (`seemed to be a reference`): the writer's inference. Said of a person
 * (`Lund appeared to take the view`, `she seemed to agree`) it describes
 * a stance the person shows, which the story attributes by naming them.
 */
export const appearanceVerbs: readonly string[] = ['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'appearing'];

/** The first words of the entries above that tell how something turned out (`proved difficult`, `proved to be a gamble`). */
export const outcomeVerbs: readonly string[] = ['proved', 'proves', 'proving'];

/**
 * Nouns of change and difference: `a marked` judges a degree only before
 * one (`a marked departure`, `a marked improvement`), not in `a marked
 * police car`.
 */
export const changeNouns: readonly string[] = [
  'change', 'departure', 'difference', 'contrast', 'shift', 'improvement', 'increase', 'decrease', 'decline', 'rise',
  'fall', 'drop', 'slowdown', 'deterioration', 'reduction', 'recovery', 'turnaround', 'reluctance', 'reversal'
];

/**
 * Words that make `under pressure` a strain (`are under pressure`, `came
 * under pressure to`, `under pressure from`), not a physical state (`gas
 * stored under pressure`): a copula or `come` before it, `to` or `from`
 * after it.
 */
export const strainWords: readonly string[] = ['come', 'comes', 'came', 'coming', 'to', 'from'];

/** Adjectives of pace that judge a response after a copula and before a verb (`were slow to react`, `was quick to blame`). */
export const paceAdjectives: readonly string[] = ['slow', 'quick', 'swift'];

/**
 * Milder characterisations that are often plain description (`a key
 * vote`, `a major road`, `strong winds`); strict sensitivity only.
 */
export const weakEvaluativeWords: readonly string[] = [
  'key', 'major', 'important', 'vital', 'strong', 'weak', 'huge', 'massive', 'big', 'tough', 'swift', 'slow',
  'rapid', 'sharp', 'steep', 'modest', 'ambitious', 'generous', 'popular', 'successful', 'crisis', 'troubled',
  'struggling', 'welcome', 'surprise', 'shock', 'sweeping', 'radical', 'vast', 'severe', 'serious', 'good',
  'bad', 'great', 'poor', 'better', 'worse', 'notable', 'noteworthy', 'merely', 'finally',
  'moving', 'powerful', 'empty', 'broken', 'symbolic', 'tense', 'essential', 'moderate', 'celebrated', 'respected', 'confused', 'badly', 'poorly', 'populist', 'extremist', 'far-right', 'far-left', 'hard-line', 'hardline', 'well-known', 'best-known', 'assured', 'accomplished', 'gifted', 'talented', 'clever', 'brave', 'charming', 'cosmetic', 'hollow', 'opaque', 'suspicious', 'at long last', 'hit hard', 'hardest hit', 'hard-hit', 'in crisis', 'blow', 'sorry', 'failed', 'fierce', 'fiercely', 'bitter', 'bitterly', 'robust', 'sluggish', 'hefty', 'runaway'
];

/**
 * Intensifying and attitude adverbs (`deeply`, `surprisingly`): they judge
 * whatever they modify, so the adverb with the next word is the cue.
 */
export const intensifiers: readonly string[] = [
  'deeply', 'highly', 'hugely', 'extremely', 'remarkably', 'impressively', 'surprisingly', 'astonishingly',
  'strikingly', 'incredibly', 'exceptionally', 'woefully', 'painfully', 'dangerously', 'alarmingly',
  'shockingly', 'staggeringly', 'breathtakingly', 'spectacularly', 'disastrously', 'embarrassingly',
  'unusually', 'notably', 'markedly', 'sorely', 'wildly', 'dismally', 'brilliantly', 'shamefully',
  'sadly', 'unfortunately', 'fortunately', 'thankfully', 'mercifully', 'tellingly', 'ironically',
  'predictably', 'inexplicably', 'unsurprisingly', 'crucially', 'tragically', 'bravely', 'wisely', 'foolishly'
];

/** Superlatives of judgement (`the best`, `the worst`); `most`/`least` + adjective counts too. */
export const evaluativeSuperlatives: readonly string[] = ['best', 'worst', 'greatest', 'finest', 'poorest', 'strongest', 'weakest', 'toughest', 'hardest', 'most', 'least', 'boldest', 'brightest', 'bravest'];

/**
 * Nouns that name an event as well as judge it (`the ferry disaster`, `the
 * arms scandal`). With a definite determiner or a possessive they refer to
 * an event the story already knows (`investigations into the disaster`),
 * which judges nothing new; predicated (`the plan was a disaster`) they
 * judge. Pure verdicts (`the fiasco`) judge however they are used.
 */
export const eventNouns: readonly string[] = ['disaster', 'catastrophe', 'scandal'];

/** Determiners that make a noun phrase refer to something already known. */
export const definiteDeterminers: readonly string[] = ['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our'];
