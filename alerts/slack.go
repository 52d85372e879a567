package alerts

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/fundwatch/fundwatch/internal/config"
)

// Slack posts to a Slack incoming webhook.
type Slack struct {
	url    string
	client *http.Client
}

func validateSlack(n *config.Notifier) []string {
	p := checkHTTPURL("url", n.URL.Value())
	return append(p, unused(n, "urls", "secret", "headers", "host", "port", "username", "password", "password_file", "from", "to", "tls")...)
}

func buildSlack(n *config.Notifier) (Notifier, error) {
	return &Slack{url: n.URL.Value(), client: &http.Client{Timeout: timeoutOf(n)}}, nil
}

var slackEmoji = map[string]string{
	EventFiring: ":warning:", EventEscalated: ":rotating_light:", EventReminder: ":bell:",
	EventResolved: ":white_check_mark:", EventTest: ":wave:",
}

// Notify implements Notifier.
func (s *Slack) Notify(ctx context.Context, m *Message) (bool, error) {
	payload := map[string]any{
		"text": fmt.Sprintf("%s %s", slackEmoji[m.Event], m.Summary),
		"blocks": []any{
			map[string]any{"type": "section", "text": map[string]string{"type": "mrkdwn", "text": slackBody(m)}},
		},
	}
	body, err := json.Marshal(payload)
	if err != nil {
		return false, fmt.Errorf("encode message: %w", err)
	}
	return postJSON(ctx, s.client, s.url, body, nil)
}

func slackBody(m *Message) string {
	txt := fmt.Sprintf("%s *%s*", slackEmoji[m.Event], slackEscape(m.Summary))
	if m.Event == EventTest {
		return txt
	}
	txt += fmt.Sprintf("\nCommitted %s of %s (%.1f%%, limit from %s)",
		money(m.Currency, m.Committed), money(m.Currency, m.Limit), 100*m.Utilisation, m.LimitSource)
	for i, a := range m.Announcements {
		if i == 5 {
			txt += fmt.Sprintf("\n…and %d more", m.AnnouncementsTotal-5)
			break
		}
		txt += fmt.Sprintf("\n• <%s|%s> (%s): _%s_", a.URL, slackEscape(a.Title), a.Published, slackEscape(a.Evidence))
	}
	return txt
}

func slackEscape(s string) string {
	r := []rune{}
	for _, c := range s {
		switch c {
		case '&':
			r = append(r, []rune("&amp;")...)
		case '<':
			r = append(r, []rune("&lt;")...)
		case '>':
			r = append(r, []rune("&gt;")...)
		default:
			r = append(r, c)
		}
	}
	return string(r)
}
