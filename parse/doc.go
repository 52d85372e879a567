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
//   - period.go: UK financial years, explicit and relative.
//   - lexicon.go: number words, group nouns, organisation words and the
//     proper-name scanner used to find recipients.
//   - funds.go: fund names, acronyms and configured aliases.
//   - verbs.go: the verbs of awarding and the negative cues (savings,
//     costs, salaries) around a figure.
//   - extract.go: sentence analysis (each figure becomes an award, a round
//     total, a limit or nothing) and assembly of rounds, recaps, limits,
//     awards and tranches.
//   - table.go: awards from tables (recipient / project / amount columns,
//     unit headers, one column per financial year).
//   - format.go: Result.WriteText, the human-readable form with evidence
//     (`fundwatch parse --format text`).
//   - eval.go: Evaluate and its report, for `fundwatch eval`.
package parse
