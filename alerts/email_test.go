package alerts

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundwatch/fundwatch/internal/config"
)

func emailNotifier(t *testing.T, srv *smtpServer, extra string) *Email {
	t.Helper()
	host, port := srv.addr()
	cfg := parseConfig(t, fmt.Sprintf(`
alerts:
  notifiers:
    - name: mail
      kind: email
      host: %s
      port: %d
      tls: mandatory-starttls
      username: fundwatch
      from: fundwatch@example.org
      to: [finance@example.org, ops@example.org]
%s`, host, port, extra))
	ns, err := BuildNotifiers(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := ns["mail"].(*Email)
	e.tlsConfig = srv.clientTLS()
	return e
}

func (s *smtpServer) clientTLS() *tls.Config {
	return &tls.Config{RootCAs: s.rootCAs, ServerName: "127.0.0.1"}
}

func TestEmailSTARTTLSAuthFromEnv(t *testing.T) {
	srv := newSMTPServer(t, "fundwatch", "correct horse battery staple")
	t.Setenv("FW_TEST_SMTP_PASSWORD", "correct horse battery staple")
	e := emailNotifier(t, srv, "      password: ${FW_TEST_SMTP_PASSWORD}\n")
	if retry, err := e.Notify(context.Background(), testMessage()); err != nil {
		t.Fatalf("notify: %v (retry %v)", err, retry)
	}
	if out := fmt.Sprintf("%v %+v %#v %s", e, e, e, e); strings.Contains(out, "battery") {
		t.Fatalf("password printable: %s", out)
	}
	mails, auths := srv.received()
	if len(mails) != 1 || len(auths) != 1 || auths[0] != "ok fundwatch" {
		t.Fatalf("mails %d, auths %v", len(mails), auths)
	}
	m := mails[0]
	if !m.TLS || m.User != "fundwatch" || len(m.To) != 2 || !strings.Contains(m.From, "fundwatch@example.org") {
		t.Fatalf("mail = %+v", m)
	}
	if !strings.Contains(m.Subject, testFund) || !strings.Contains(m.Data, "X-Fundwatch-Idempotency-Key: abc123") {
		t.Fatalf("headers: subject %q\n%s", m.Subject, m.Data)
	}
	for _, want := range []string{"2016/17", "85.0%", "ptf-round-1", "Round 1 awards"} {
		if !strings.Contains(strings.ReplaceAll(m.Data, "=\r\n", ""), want) {
			t.Errorf("body lacks %q:\n%s", want, m.Data)
		}
	}
}

func TestEmailPasswordFileAndBadPassword(t *testing.T) {
	srv := newSMTPServer(t, "fundwatch", "s3cret-from-file")
	dir := t.TempDir()
	pf := filepath.Join(dir, "smtp-password")
	if err := os.WriteFile(pf, []byte("s3cret-from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e := emailNotifier(t, srv, "      password_file: "+pf+"\n")
	if _, err := e.Notify(context.Background(), testMessage()); err != nil {
		t.Fatalf("notify with password_file: %v", err)
	}
	// Rotated to a wrong password: refused, not retried, never printed.
	if err := os.WriteFile(pf, []byte("WRONG-PASSWORD-123"), 0o600); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	st := openTestStore(t)
	cfg := config.Default()
	svc, err := New(cfg, st, nil, slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		WithNotifiers(map[string]Notifier{"mail": e}))
	if err != nil {
		t.Fatal(err)
	}
	res, _ := svc.Test(context.Background(), "mail")
	if len(res) != 1 || res[0].Err == nil {
		t.Fatalf("wrong password accepted: %+v", res)
	}
	retry, err := e.Notify(context.Background(), testMessage())
	if err == nil || retry {
		t.Fatalf("wrong password: retry=%v err=%v; want a permanent error", retry, err)
	}
	for _, out := range []string{err.Error(), res[0].Err.Error(), logs.String(), fmt.Sprintf("%+v %#v", e, e)} {
		if strings.Contains(out, "WRONG-PASSWORD-123") || strings.Contains(out, "s3cret-from-file") {
			t.Fatalf("password leaked: %s", out)
		}
	}
	if mails, _ := srv.received(); len(mails) != 1 {
		t.Fatalf("server accepted %d mails; want 1", len(mails))
	}
}

func TestEmailRefusesPlaintextWhenTLSMandatory(t *testing.T) {
	srv := newSMTPServer(t, "fundwatch", "pw")
	t.Setenv("FW_TEST_SMTP_PASSWORD", "pw")
	e := emailNotifier(t, srv, "      password: ${FW_TEST_SMTP_PASSWORD}\n")
	e.tlsConfig = nil // the test CA is unknown: TLS must fail, and nothing go in clear
	if _, err := e.Notify(context.Background(), testMessage()); err == nil {
		t.Fatal("sent although TLS could not be established")
	}
	if mails, auths := srv.received(); len(mails) != 0 || len(auths) != 0 {
		t.Fatalf("server got mails %v auths %v without TLS", mails, auths)
	}
}
