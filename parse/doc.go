// Package parse is fundwatch's extraction engine: from the bytes of one
// published page it finds what was awarded, to whom, from which fund and
// round, over which financial years, and what the fund's limit is, and it
// says which sentence, list item or table row says so.
//
// Parse reads an io.Reader and never fetches: fetching, storage, alerting
// and the command line live elsewhere, and this package must not import
// store, ingest, alerts or cmd (it does no I/O beyond reading the reader;
// Evaluate reads a directory of answer keys for the eval command and
// tests). Its output follows the answer-key format of
// ../shared/corpus/README.md.
//
// Files, by behaviour:
//
//   - types.go: the public result types (Meta, Options, Result, Round,
//     Limit, Award, Tranche, Evidence).
//   - parse.go: Parse, the sentinel errors (ErrTooLarge, ErrEmpty,
//     ErrNotText), the size cap and the choice of HTML, plain text or
//     JSON input.
//   - charset.go: character-set decoding (declared legacy charsets,
//     undeclared and mislabelled UTF-8) and binary detection.
//   - html.go: one DOM pass for metadata (title, dates, JSON-LD) and
//     content candidates; main-content choice (selectors, <article>,
//     <main>, govspeak, articleBody, text density); chrome removal (nav,
//     cookie banners, asides, related stories, footers); blocks from
//     paragraphs, list items, definition lists and tables.
//   - text.go: plain-text and JSON input; written dates.
//   - document.go: the block model and Result.Text.
//   - amount.go: money figures, multipliers, hedges and ranges.
//   - period.go: financial years (UK, and 1 July years), explicit and relative.
//   - lexicon.go: number words, group nouns, organisation words and the
//     proper-name scanner used to find recipients.
//   - funds.go: fund names, acronyms and configured aliases.
//   - verbs.go: the verbs of awarding and the negative cues (savings,
//     costs, salaries) around a figure.
//   - extract.go: sentence analysis (each figure becomes an award, a round
//     total, a limit or nothing) and assembly of rounds, recaps, limits,
//     awards and tranches.
//   - names.go: who a figure goes to: subjects, labels, lists of names,
//     leads ("led by"), pronouns and "the council" resolved to a name.
//   - rounds.go: round mentions (ordinals, calls, waves, phases, rounds
//     still to come), batch totals and project counts.
//   - limits.go: the phrasings that state a fund's budget, and those that
//     state a body's own budget instead.
//   - table.go: awards from tables (recipient / project / amount columns,
//     unit headers, one column per financial year).
//   - format.go: Result.WriteText, the human-readable form with evidence
//     (`fundwatch parse --format text`).
//   - eval.go: Evaluate and its report, for `fundwatch eval`.
//   - dollar.go: what a bare "$" means on a page (USD, CAD, AUD, NZD).
//   - feed.go: an Atom or RSS document given as a page, read entry by
//     entry (gofeed).
//   - fields.go: allocation-free word helpers, pre-tests and guarded
//     regular expressions for the hot paths.
//
// Labelling conventions, where announcements are ambiguous (the answer
// keys of ../shared/corpus and the team's blind probe sets agree on them):
//
//   - A batch total ("28 projects share £26m", a table's total row under
//     two or more awards, "£1.6m was shared by 14 halls") is a round,
//     numbered only when the text says so ("second round", "phase 2",
//     "the second cut-off", "14th round", "first wave"). A recap of an
//     earlier round is that round, once. A round told without its total
//     ("Round 1 funded nine projects") is not reported.
//   - A limit is a fund's budget or what is available: "a total of £76.4m
//     is available this financial year", "the £4.8bn fund", a round that
//     opens "with £150m on offer", what a future round "will be worth",
//     the new total after a top-up ("by £5m to £25m"). A budget split by
//     year ("£36m: £15m in 2027/28 and £21m in 2028/29") gives a limit
//     for the whole (no period) and one for each year. What remains of a
//     budget "will be made available next year" is that year's limit;
//     money left unspent is none, nor is the balance that "remains
//     available for future rounds" (five blind labellers agree).
//   - A per-bid cap ("up to £20m per bid", "grants of £5,000 to £50,000")
//     is not a limit: it goes in Result.Caps (scope "per_bid"), and a cap
//     of no named fund is dropped.
//   - An award needs a named recipient. Money asked for, refused or
//     deferred, match funding, a project's total cost and salaries are
//     not awards. "X, led by Y" gives X; "a consortium coordinated by Y"
//     gives Y; "the Council" on a council's own page gives its full name.
//     An award told twice (a table and the prose, a headline and the
//     body, a Welsh line and its English one) is kept once, at its exact
//     figure; equal awards to one body in one sentence ("three projects
//     at the university will each receive") are kept apart. A joint award
//     ("awarded jointly to A and B") names both, once. A researcher's
//     award is named by the researcher and, where the page names it, the
//     host that holds it: "Kwame Boateng (Thamesbridge University)"
//     (labellers name such awards either way; both are kept). A
//     department is no host. Grants a meeting is only recommended or
//     asked to approve ("The Board is recommended to: (a) approve ...")
//     are proposals, not awards; what it RESOLVED is.
//   - A round total hedged in the body ("more than £18 million") takes
//     the headline's exact figure when the hedge can stand for it.
//   - Amounts are whole currency units; a bare "$" is USD unless the page
//     is Canadian, Australian or from New Zealand (its domain, a site
//     address in its title, its own figures written "A$", "NZ$" or "C$",
//     or the country named and not the United States).
//   - A feed's entries are stories of their own: an item that names no
//     fund belongs to its entry's fund, and no round number carries from
//     one entry to the next.
//   - Rounds are kept apart by fund: two programmes' batches on one page
//     are two rounds. A round still to come ("a second round will open
//     in March", "Apply for round four") numbers nothing.
//   - Periods: a figure over a span ("over three years", "a three-year
//     programme", "from 2022-23 to 2024-25") has none; a US "FY 2027" or
//     "fiscal year 2027" is the year ending then, 2026/27 (one blind
//     labeller left every non-UK period null instead; the corpus README
//     defines the field as a UK financial year only). On an Australian
//     or New Zealand page, whose governments' years start on 1 July,
//     "this financial year" in April 2029 is 2028/29. An award split by
//     calendar year ("€420,000 in 2027 and a further €380,000 in 2028")
//     is one award of the sum whose tranches have no period (null in
//     JSON); a total told year by year before its grantee ("£1.2 million
//     over two years, £700,000 in 2026-27 and £500,000 in 2027-28, for
//     X") is one award in tranches.
//   - Offers declined, grants deferred, figures struck out (<del>, <s>)
//     and figures a correction withdraws ("we reported that") are no
//     awards; a card that is only a link with money in it teases another
//     page; an equity stake, a "repayable contribution" (a loan, however
//     it is put: "receives a repayable contribution of $2,750,000"; two
//     early labellers counted it as a grant, four later ones did not) or
//     match funding is no grant.
//   - A page of stories whose headings each open with a different fund
//     ("X Fund: November decisions", "Y Fund: round 2 now open") is read
//     like a feed: each story's figures are its own fund's.
//   - Dates: a written answer is published the day it is answered; a
//     report's "Date of publication" outranks its decision or meeting
//     date; a closing, start or end date is never the page's date. A
//     page that writes its dates month first ("approved 6/22/2027") has
//     its "6/8/2027" read as 8 June.
//   - A body's own budget ("the unit's annual budget", "the ICB, which
//     has an annual budget of", a city's general fund) is no limit, nor
//     is money left unallocated or spending measured "against" a
//     programme.
//   - Tables: a "Councillor" column names who proposed a grant, not who
//     got it; withdrawn and pending rows are no awards; year columns set
//     beside a "Change" column compare last year's figure with this
//     year's award, which is the latest year alone. A budget of line
//     items by year ("Line item | FY 2027-28 Appropriation | ...") gives
//     its grant programmes a limit per year and no awards. A rate column
//     ("Award per year") yields to the total beside it; an "Annual award"
//     column beside a "Years" column ("3 (2026–29)") gives the yearly
//     figure times the years, one part a year. Columns that split one
//     grant ("Capital (£) | Resource (£)", "Prevention element | Temporary
//     accommodation element") give one award of their sum, or of the
//     "Total" column beside them: a grant is one award, however many
//     budget lines pay it (one blind labeller counted capital and
//     revenue as two awards, another wanted their sum).
//   - Money "set aside for" a fund is its budget, never an award to it;
//     a body's money "from our own capital programme" is no grant.
package parse
