// Package config owns fundwatch's configuration file: its schema, its
// defaults (in one place, Default), strict decoding (an unknown key is an
// error naming file and line), ${VAR} expansion for secrets, validation that
// lists every problem, and compilation of what can be compiled at load time
// (CSS selectors, cron schedules) so a bad config fails at start.
//
// Kind-specific checks for sources and notifiers belong to the packages that
// build them (ingest and alerts own their registries); cmd runs those checks
// after Load. This package imports only parse (for the selector type) and
// the cron parser; it must not import store, ingest, alerts or cmd.
package config
