package alerts

import (
	"strings"
	"testing"

	"github.com/fundwatch/fundwatch/internal/config"
)

func parseConfig(t *testing.T, yaml string) *config.Config {
	t.Helper()
	cfg, err := config.ParseBytes("test.yaml", []byte(yaml))
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	return cfg
}

func TestValidateNotifiers(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // substrings, one per expected problem, in order
	}{
		{"valid", `
alerts:
  notifiers:
    - {name: hook, kind: webhook, url: "https://hooks.example.org/x", secret: s3cret, headers: {X-Team: funding}}
    - {name: slack, kind: slack, url: "https://hooks.slack.com/services/T/B/X"}
    - {name: mail, kind: email, host: smtp.example.org, username: fw, password: pw, from: fw@example.org, to: [a@example.org]}
    - {name: am, kind: alertmanager, urls: ["http://127.0.0.1:9093", "http://127.0.0.1:9094"]}
`, nil},
		{"unknown kind", `
alerts:
  notifiers:
    - {name: pager, kind: pagerduty}
`, []string{`test.yaml:4: notifier "pager": unknown kind "pagerduty" (use alertmanager, email, slack, webhook)`}},
		{"webhook without url and reserved header", `
alerts:
  notifiers:
    - {name: hook, kind: webhook, headers: {Idempotency-Key: x}, to: [a@example.org]}
`, []string{"url is required", "headers: Idempotency-Key is set by fundwatch", "to does not apply to kind webhook"}},
		{"secret url never printed", `
alerts:
  notifiers:
    - {name: hook, kind: webhook, url: "ftp://user:TOPSECRET@example.org/"}
`, []string{"url must be an absolute http:// or https:// URL"}},
		{"email problems", `
alerts:
  notifiers:
    - {name: mail, kind: email, from: nobody, tls: ssl, password: pw}
`, []string{"host is required", `from "nobody" is not an email address`, "to must list at least one address",
			`tls "ssl" must be`, "username is required with a password"}},
		{"email password in clear", `
alerts:
  notifiers:
    - {name: mail, kind: email, host: smtp.example.org, tls: none, username: u, password: p, from: a@example.org, to: [b@example.org]}
`, []string{"tls none would send the password unencrypted"}},
		{"email both password sources", `
alerts:
  notifiers:
    - {name: mail, kind: email, host: smtp.example.org, username: u, password: p, password_file: /x, from: a@example.org, to: [b@example.org]}
`, []string{"set password or password_file, not both"}},
		{"alertmanager without urls", `
alerts:
  notifiers:
    - {name: am, kind: alertmanager, urls: ["127.0.0.1:9093"]}
`, []string{"urls[0] must be an absolute"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			probs := ValidateNotifiers(parseConfig(t, tt.yaml))
			if len(probs) != len(tt.want) {
				t.Fatalf("got %d problems %q; want %d", len(probs), probs, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(probs[i], w) {
					t.Errorf("problem %d = %q; want it to contain %q", i, probs[i], w)
				}
				if strings.Contains(probs[i], "TOPSECRET") || strings.Contains(probs[i], "pw") && strings.Contains(probs[i], "password:") {
					t.Errorf("problem %d leaks a secret: %q", i, probs[i])
				}
			}
		})
	}
}

func TestMoney(t *testing.T) {
	for in, want := range map[float64]string{0: "£0", 999: "£999", 1000: "£1,000", 23000000: "£23,000,000", 1234.5: "£1,234.50", -1000: "-£1,000"} {
		if got := money("GBP", in); got != want {
			t.Errorf("money(GBP, %v) = %q; want %q", in, got, want)
		}
	}
	if got := money("CHF", 1500); got != "CHF 1,500" {
		t.Errorf("money(CHF, 1500) = %q", got)
	}
}
