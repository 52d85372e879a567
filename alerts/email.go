package alerts

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"os"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/fundwatch/fundwatch/internal/config"
)

// Email sends a plain-text mail over SMTP (STARTTLS by default) with
// authentication. The password comes from the config (usually a ${ENV}
// reference) or from password_file, read at each send so a rotated file
// is picked up; it is never logged or put in an error.
type Email struct {
	host         string
	port         int
	username     string
	password     config.Secret
	passwordFile string
	from         string
	to           []string
	tlsPolicy    string
	timeout      time.Duration
	tlsConfig    *tls.Config // nil = system roots; tests set their own CA
}

func validateEmail(n *config.Notifier) []string {
	var p []string
	if n.Host == "" {
		p = append(p, "host is required")
	}
	if n.Port < 0 || n.Port > 65535 {
		p = append(p, "port must be between 1 and 65535")
	}
	if _, err := mail.ParseAddress(n.From); err != nil {
		p = append(p, fmt.Sprintf("from %q is not an email address", n.From))
	}
	if len(n.To) == 0 {
		p = append(p, "to must list at least one address")
	}
	for _, t := range n.To {
		if _, err := mail.ParseAddress(t); err != nil {
			p = append(p, fmt.Sprintf("to %q is not an email address", t))
		}
	}
	switch n.TLS {
	case "", "starttls", "mandatory-starttls", "tls", "none":
	default:
		p = append(p, fmt.Sprintf("tls %q must be starttls, mandatory-starttls, tls or none", n.TLS))
	}
	if n.Password != "" && n.PasswordFile != "" {
		p = append(p, "set password or password_file, not both")
	}
	if (n.Password != "" || n.PasswordFile != "") && n.Username == "" {
		p = append(p, "username is required with a password")
	}
	if n.Username != "" && n.Password == "" && n.PasswordFile == "" {
		p = append(p, "password (e.g. ${SMTP_PASSWORD}) or password_file is required with a username")
	}
	if n.TLS == "none" && n.Username != "" && !isLoopback(n.Host) {
		p = append(p, "tls none would send the password unencrypted; use starttls or tls")
	}
	return append(p, unused(n, "url", "urls", "secret", "headers")...)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func buildEmail(n *config.Notifier) (Notifier, error) {
	e := &Email{
		host: n.Host, port: n.Port, username: n.Username, password: n.Password,
		passwordFile: n.PasswordFile, from: n.From, to: n.To, tlsPolicy: n.TLS, timeout: timeoutOf(n),
	}
	if e.tlsPolicy == "" {
		e.tlsPolicy = "starttls"
	}
	if e.port == 0 {
		e.port = 587
		if e.tlsPolicy == "tls" {
			e.port = 465
		}
	}
	return e, nil
}

// check reports, at start, a password_file that cannot be read (it is
// read again at each send, so a file mounted later still works).
func (e *Email) check() error {
	_, err := e.secret()
	return err
}

func (e *Email) secret() (string, error) {
	if e.passwordFile == "" {
		return e.password.Value(), nil
	}
	b, err := os.ReadFile(e.passwordFile)
	if err != nil {
		return "", fmt.Errorf("read password_file: %w", errors.Unwrap(err))
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// Notify implements Notifier.
func (e *Email) Notify(ctx context.Context, m *Message) (bool, error) {
	msg := gomail.NewMsg()
	if err := msg.From(e.from); err != nil {
		return false, fmt.Errorf("from: %w", err)
	}
	if err := msg.To(e.to...); err != nil {
		return false, fmt.Errorf("to: %w", err)
	}
	msg.Subject("[fundwatch] " + m.Summary)
	if m.ID != "" {
		msg.SetMessageIDWithValue(m.ID + "@fundwatch")
		msg.SetGenHeader("X-Fundwatch-Idempotency-Key", m.ID)
	}
	msg.SetDate()
	msg.SetBodyString(gomail.TypeTextPlain, m.Text())

	opts := []gomail.Option{gomail.WithPort(e.port), gomail.WithTimeout(e.timeout), gomail.WithHELO("fundwatch")}
	switch e.tlsPolicy {
	case "starttls":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	case "mandatory-starttls":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case "tls":
		opts = append(opts, gomail.WithSSL())
	case "none":
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if e.tlsConfig != nil {
		opts = append(opts, gomail.WithTLSConfig(e.tlsConfig))
	}
	if e.username != "" {
		pw, err := e.secret()
		if err != nil {
			return false, err
		}
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover), gomail.WithUsername(e.username), gomail.WithPassword(pw))
	}
	c, err := gomail.NewClient(e.host, opts...)
	if err != nil {
		return false, fmt.Errorf("smtp client: %w", err)
	}
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		return smtpRetry(err), fmt.Errorf("smtp %s:%d: %w", e.host, e.port, err)
	}
	return false, nil
}

// smtpRetry: permanent 5xx replies (bad address, auth refused) are not
// retried; connection problems and 4xx replies are.
func smtpRetry(err error) bool {
	var se *gomail.SendError
	if errors.As(err, &se) {
		if se.IsTemp() {
			return true
		}
		if code := se.ErrorCode(); code >= 500 && code < 600 {
			return false
		}
		return true
	}
	// Authentication refused (535) is permanent until someone fixes the config.
	return !strings.Contains(err.Error(), "535")
}
