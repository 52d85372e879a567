package alerts

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/fundwatch/fundwatch/internal/config"
)

// Headers the webhook notifier sets.
const (
	idempotencyHeader = "Idempotency-Key"
	// signatureHeader carries "t=<unix seconds>,v1=<hex HMAC-SHA256>" of
	// "<t>.<body>" keyed with the notifier's secret, when one is set.
	signatureHeader = "X-Fundwatch-Signature"
)

// Webhook POSTs the Message as JSON.
type Webhook struct {
	url     string
	secret  []byte
	headers map[string]string
	client  *http.Client
	now     func() time.Time
}

func validateWebhook(n *config.Notifier) []string {
	p := checkHTTPURL("url", n.URL.Value())
	p = append(p, checkHeaders(n.Headers)...)
	return append(p, unused(n, "urls", "host", "port", "username", "password", "password_file", "from", "to", "tls")...)
}

func buildWebhook(n *config.Notifier) (Notifier, error) {
	w := &Webhook{
		url:     n.URL.Value(),
		headers: n.Headers,
		client:  &http.Client{Timeout: timeoutOf(n)},
		now:     time.Now,
	}
	if n.Secret != "" {
		w.secret = []byte(n.Secret.Value())
	}
	return w, nil
}

// Sign returns the signature header value for body at t: receivers verify
// it by recomputing HMAC-SHA256(secret, "<t>.<body>").
func Sign(secret, body []byte, t time.Time) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(ts + "."))
	mac.Write(body)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac.Sum(nil))
}

// Notify implements Notifier.
func (w *Webhook) Notify(ctx context.Context, m *Message) (bool, error) {
	body, err := json.Marshal(m)
	if err != nil {
		return false, fmt.Errorf("encode message: %w", err)
	}
	return postJSON(ctx, w.client, w.url, body, func(h http.Header) {
		for k, v := range w.headers {
			h.Set(k, v)
		}
		h.Set(idempotencyHeader, m.ID)
		if w.secret != nil {
			h.Set(signatureHeader, Sign(w.secret, body, w.now()))
		}
	})
}

// postJSON posts body and maps the outcome to (retry, err) without ever
// putting the URL in the error.
func postJSON(ctx context.Context, c *http.Client, url string, body []byte, hdr func(http.Header)) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return false, fmt.Errorf("build request: %w", redactErr(err))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "fundwatch")
	if hdr != nil {
		hdr(req.Header)
	}
	resp, err := c.Do(req)
	if err != nil {
		return true, redactErr(err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 == 2 {
		return false, nil
	}
	return httpError(resp)
}
