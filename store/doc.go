// Package store owns fundwatch's persistence: documents, extractions, the
// reconciled funds, rounds and awards, ingestion runs, fetch and source
// state, alert state and the notification outbox, in MongoDB through the
// official driver (go.mongodb.org/mongo-driver v1).
//
// With no URI configured, Open starts an embedded MongoDB-compatible server
// in-process (FerretDB v1.24, SQLite backend) on a random loopback port,
// with its files in the data dir and an exclusive lock file
// (data_dir/fundwatch.lock, flock: released by the kernel if the process
// dies) so two processes never share one data dir. The same driver code
// serves both; nothing branches on which server it is. It imports parse
// (for the extraction types) and nothing else of fundwatch.
//
// # Compatibility
//
// Only what MongoDB and FerretDB v1.24 both implement is used: no
// transactions, no change streams; index options key, name and unique only;
// aggregation stages $match, $group ($sum), $unwind and friends;
// findAndModify without a projection. Two FerretDB gaps are worked around:
// after $unwind FerretDB drops the document's other top-level fields (so
// commitments repeat their fund), and createIndexes on an existing compound
// index panics after a restart (so Open lists indexes and creates only
// missing ones). Money is int64 minor units (pence, cents) with an ISO 4217
// currency: no floats, no Decimal128.
//
// # Schema
//
//	documents    one per URL and content version. _id = DocumentID(url,
//	             content_hash) (sha256, hex). url, source, content_hash
//	             (sha256 of the extracted main text), title, published
//	             (YYYY-MM-DD), fetched_at, first_seen, last_seen, fetch
//	             {status, content_type, etag, last_modified, bytes,
//	             final_url}, text. Indexes: url+fetched_at, content_hash.
//	extractions  one per document version: _id = document id, url, source,
//	             title, published, fetched_at, extracted_at, result (the
//	             parse.Result with its evidence). Re-parsing replaces it.
//	rounds       canonical rounds: fund, round (number or null), total_minor,
//	             currency, projects, period, counted, commitments [{fund,
//	             period, amount_minor, currency}], documents [{document_id,
//	             url, title, published, evidence, recap}].
//	awards       canonical awards: fund, round, round_id, recipient,
//	             amount_minor, currency, qualifier, tranches [{period,
//	             amount_minor}], purpose, period, counted, commitments,
//	             documents.
//	funds        _id = normalised name; name, limits [{period, amount_minor,
//	             currency, documents}] (fund-scope limits from announcements),
//	             documents, awards, rounds (counts).
//	runs         ingestion run records (see runs.go).
//	fetch_state  per URL: validators (ETag, Last-Modified) and content hash.
//	source_state per source: last run and last scheduled slot.
//	alerts       one per (fund, period), unique: state and history.
//	outbox       notifications written before they are sent.
//	urls         insert-only marker per URL (_id = sha256(url)): tells a
//	             new URL from new content of a known one without a scan.
//	alert_locks, outbox_leases
//	             insert-only claim documents with unique ids: the atomic
//	             step of alert-state changes and outbox leases (FerretDB
//	             v1.24 conditional updates and findAndModify are not
//	             atomic across connections; a duplicate-key insert is).
//
// Every write is keyed by a deterministic id, so a repeated or resumed
// ingestion stores nothing twice. Writes go insert-first (a duplicate key
// then takes the update path): on FerretDB v1.24 with SQLite a filtered
// update or count scans the collection, while an insert is checked by the
// unique _id index alone.
//
// # Reconciliation: counting money once
//
// The same round, award or limit is reported by many pages. Reconcile
// recomputes the canonical records from the latest extraction of every URL
// (an updated page replaces what it said before) and replaces the stored
// ones. It is a pure function of the extractions and the configured funds,
// so running it again, concurrently or after a crash gives the same result.
// The rule:
//
//  1. Funds are matched to the configured names and aliases
//     (case-insensitive, ignoring a leading "the"); others are title-cased
//     so spellings of one name meet.
//  2. Rounds with a number are one round per (fund, number), whichever page
//     mentions them, recaps included. A round mentioned without a number
//     joins the numbered round of the same fund whose total is within 5%
//     ("more than £26m" is £26m), preferring one of the same period; else
//     it stands as a round of its own. A round's total is the figure most
//     often given by announcing, unhedged mentions; its period is the
//     financial year of its first announcing (not recap) mention.
//  3. Awards are one per (fund, compatible round, amount within 2%, similar
//     recipient): the same award in three articles is one award with three
//     supporting documents. An award without a round belongs to the round
//     its page announces, when the page announces exactly one.
//  4. Committed money: a round with a known total counts its total, once,
//     in its period, and covers the awards listed in it; if those awards
//     add up to more than the total, the awards count instead and the
//     round does not. Every other award counts itself: its tranches in
//     their financial years, an amount without a year in the year of its
//     announcement, and UnknownPeriod when the page has no date.
//  5. Limits: fund-scope limits (not per-bid caps) per (fund, period): the
//     figure most often given, ties to the first announced. A limit with no
//     period applies to PeriodAll. Configured limits take precedence (in
//     alerts).
//
// FundTotals sums the counted commitments per fund, period and currency,
// with a PeriodAll row per fund.
package store
