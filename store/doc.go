// Package store owns fundwatch's persistence in MongoDB (or the embedded
// FerretDB when no URI is configured). See the schema below; the full
// reconciliation rule is written out in reconcile.go's package-level docs
// and summarised here once that file lands.
package store
