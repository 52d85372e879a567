// Package ingest fetches what fundwatch watches and stores what it finds:
// configured sources on their cron schedules, one-off manual runs, and
// ad-hoc files and URLs. It owns the pipeline fetch → parse → store; it
// does not reconcile or evaluate alerts (the caller's OnRunDone hook does).
//
// Files, by behaviour:
//
//   - fetch.go: the polite HTTP fetcher: User-Agent with a contact, connect
//     and total timeouts, at most 10 redirects over http/https, a body cap
//     that is an error (never a silent cut), conditional GET, per-host rate
//     limits and a global concurrency bound, bounded retries with full
//     jitter that honour Retry-After (seconds and HTTP-date) for 429/503.
//   - robots.go: robots.txt per host as RFC 9309 says (4xx allows all, 5xx
//     or a network error disallows for now), cached 24 h, Crawl-delay as a
//     floor on the host's rate.
//   - sources.go: the registry of source kinds (feed, index, page, govuk,
//     file): one map used both by ValidateSources and to build listers.
//   - govuk.go: the GOV.UK Search API + Content API kind.
//   - pipeline.go: Runner, which runs sources and ad-hoc inputs, skips
//     unchanged pages (304, same body, same main text), stores documents and
//     extractions, and writes a run record for every run.
//   - scheduler.go: Scheduler, cron scheduling in UTC unless CRON_TZ= says
//     otherwise, jitter, run_on_start, catch-up of missed slots, panic
//     recovery, and a bounded drain on Stop.
//   - metrics.go: Metrics built from a prometheus.Registerer.
//
// What is not requested again: a feed or index page that answers 304 to
// the validators of the last run without failures (nothing new to follow);
// a feed entry whose updated date is not after the last time its page was
// read. What is requested but not re-parsed or re-stored: a page answering
// 304, or 200 with the same body, or with the same main text
// (store.ContentHash of parse.Result.Text).
//
// Time zones: a schedule with CRON_TZ=Europe/London follows local time, so
// a slot inside the hour skipped when clocks go forward does not run that
// day, and a slot inside the hour repeated when clocks go back runs twice
// (robfig/cron's behaviour). Schedules without CRON_TZ run in UTC and have
// no such gaps.
//
// ingest imports parse, store and internal/config; it must not import
// alerts or cmd.
package ingest
