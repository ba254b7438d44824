/**
 * The rules of RULES.md, quoted word for word (the conformance test holds each to its line there).
 * A case quotes its rule from here, so that a rule reworded in RULES.md fails until its cases are read again.
 */
export const QUOTES = {
  'CHART-1':
    'Each goal is a statechart of its kind that settles on the draft alone: the same wordings of the clauses it watches put it in the same state, whatever state it was in.',
  'CHART-2': "A goal whose clauses are all off the round's agenda takes no part in the round.",
  'ROUTE-1': 'A draft change is told only to the goals that watch the changed clause.',
  'ROUTE-2': 'A change in who sits at the table is told only to the goals about who sits at the table.',
  'ROUTE-3':
    'A delegation hears its trust and patience when they cross a level its chart reads (trust 30 or 55, patience 25 or 50) or when one of its red lines is crossed or cleared; its arrival, a recall and the plenary always tell it.',
  'REQ-1': 'A requires goal is met when its clause is in the text at its wording or a stronger one.',
  'REQ-2': 'A requires goal whose clause is left out of the text, or is there only in a weaker wording, is unmet.',
  'REQ-3':
    'A hard requires goal still unmet when the text is tabled is violated: a red line, and the delegation refuses.',
  'REQ-4': "A met requires goal adds its weight to the text's worth; an unmet or violated one costs its weight.",
  'FORCE-1':
    'A requires goal is met when an agreement in force already says its clause at its wording or a stronger one, though the text leaves the clause out.',
  'FORCE-2':
    "A campaign's step counts as reached when an agreement in force already says it, so the campaign carries across rounds.",
  'FORCE-3': 'What is in force never crosses a veto: a veto reads the text itself.',
  'VETO-1':
    'A vetoes goal is crossed when its clause is in the text at the vetoed wording or a stronger one, and clear otherwise.',
  'VETO-2': 'A delegation never signs, nor signs with reservations, a text that crosses one of its vetoes.',
  'VETO-3': 'A crossed veto costs its weight; a clear one costs nothing.',
  'PREF-1':
    'A prefers goal is pleased when the wording in the text has a positive utility for it, displeased when negative, indifferent when zero.',
  'PREF-2':
    'A clause the text leaves out leaves a prefers goal indifferent and costs it nothing: an agenda item left out is no loss unless a goal requires it.',
  'PREF-3':
    'A prefers goal adds its weight times the utility of the wording in the text; it never holds back a signature by itself.',
  'COSIGN-1':
    'A cosign goal with a condition is withheld while the condition holds in the text and its exception does not, and free otherwise.',
  'COSIGN-2':
    'A cosign goal naming a delegation is withheld while that delegation sits at the table, and free otherwise.',
  'COSIGN-3': 'A withheld cosign goal costs its weight; a hard one withheld is a red line and the delegation refuses.',
  'CAMP-1':
    "A campaign goal's states are its steps in order, then achieved; it rests at the first step that is neither in the text nor in force.",
  'CAMP-2':
    "A campaign adds its weight times the share it reaches of the steps this round's agenda lets it reach beyond those already in force.",
  'LINK-1':
    'A linkage goal is idle while its clause is not in the text; with its clause in, it is honoured when its condition holds too, and broken when it does not.',
  'LINK-2':
    'A broken linkage costs its weight and an honoured one adds half of it; a hard one broken is a red line and the delegation refuses.',
  'WORTH-1': "A text's worth to a delegation is the sum of what each of its goals adds in its state.",
  'ACCEPT-1':
    'A text is acceptable to a delegation when its worth is at least zero: what its goals gain at least matches what they lose.',
  'DECIDE-1':
    'At the plenary every seated delegation decides from its own goal states as they hear the tabled text; a seat held by students waits for them.',
  'DECIDE-2':
    'A delegation with a red line violated refuses: a veto crossed, or a hard goal unmet, violated, withheld or broken.',
  'DECIDE-3':
    'A delegation with no red line violated signs when the text is acceptable and its margin clears its reservation level, signs with reservations when the text is acceptable but the margin falls short, and refuses when the text is not acceptable.',
  'MARGIN-1':
    'The margin is the worth scaled to 0–1 over the texts the round allows, plus a trust term of (trust − 50) / 400 and, below 30 patience, a patience term of −(30 − patience) / 300; it decides only between signing and signing with reservations.',
  'MARGIN-2':
    'The reservation level falls with the clock from its highest at the opening to its lowest when time is up, so a delegation that signs a text with reservations early may sign it outright later.',
  'MARGIN-3':
    'Difficulty lowers or lifts every reservation level, and a seeded spread adds to it; it moves only the margin, never a red line or whether a text is acceptable.',
  'ADOPT-1': 'A text is adopted when all three guarantors sign it, with or without reservations.',
  'SEAT-1':
    'A delegation stays away from the round when the round file says so, or when its trust at the opening is below 20.',
  'MOOD-1':
    'A delegation is obstructive below 30 trust or 25 patience, cooperative from 55 trust and 50 patience, and wary otherwise.',
  'WALK-1':
    'A seated delegation with a red line actively crossed (a hard veto crossed, a hard cosign withheld or a hard linkage broken) walks out when its patience is below 25, during the talks or at the plenary.',
  'WALK-2': 'A delegation that has walked out, or stays away, never signs.',
  'WEAR-1':
    'Every seated delegation loses 1.5 patience an hour; one with a red line actively crossed loses 6 + 6 × volatility more.',
  'RECALL-1':
    'A recalled delegation comes back when the roll falls under its chance, 0.2 + trust / 200 + patience / 400, a third of that while one of its red lines is crossed, kept within 0.05 and 0.9.',
  'STANCE-1':
    'In a caucus each guarantor held by the AI says what its chart would decide were the text tabled then (one that would walk out says it refuses); a guarantor that does not trust the mediator enough may say one notch worse.',
  'REVEAL-1':
    'Consulting a delegation reveals its next hidden goal, red lines first, then the heaviest; a caucus reveals one hidden red line of each guarantor held by the AI.',
  'WHY-1':
    "The explanation of a delegation's stance names only the goals the asking seat knows: a delegation knows its own, the mediator the public ones and those revealed to it, anyone else the public ones.",
  'WHY-2':
    'When the goals a seat knows do not account for a refusal it knows of, one reason the delegation has not told stands for the others, never naming them.',
} as const;

export type RuleId = keyof typeof QUOTES;
