package parse

import (
	"bytes"
	"strings"
	"testing"
)

// page builds an announcement whose "£" is encoded as pound (0xA3 for
// legacy pages, C2 A3 for UTF-8), optionally padded so that the first
// pound sign comes after the first 1024 bytes.
func charsetPage(metaCharset string, pound []byte, pad int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head>")
	if metaCharset != "" {
		b.WriteString(`<meta charset="` + metaCharset + `">`)
	}
	b.WriteString("<title>Grants announced</title></head><body><article><h1>Grants announced</h1><p>")
	b.WriteString(strings.Repeat("Background text about the scheme. ", pad/34+1))
	b.WriteString("</p><p>Riverside Trust has been awarded ")
	b.Write(pound)
	b.WriteString("45,000 for a caf")
	if bytes.Equal(pound, []byte{0xA3}) {
		b.WriteByte(0xE9)
	} else {
		b.WriteString("é")
	}
	b.WriteString(" and garden.</p></article></body></html>")
	return b.Bytes()
}

func TestCharsets(t *testing.T) {
	latin := []byte{0xA3}
	utf := []byte("£")
	tests := []struct {
		name        string
		body        []byte
		contentType string
	}{
		{"header windows-1252", charsetPage("", latin, 0), "text/html; charset=windows-1252"},
		{"header ISO-8859-1", charsetPage("", latin, 0), "text/html; charset=ISO-8859-1"},
		{"meta windows-1252", charsetPage("windows-1252", latin, 0), ""},
		{"meta iso-8859-1", charsetPage("iso-8859-1", latin, 0), "text/html"},
		{"meta declared after 1024 bytes", append([]byte("<!-- "+strings.Repeat("x", 1100)+" -->"), charsetPage("windows-1252", latin, 0)...), ""},
		{"undeclared UTF-8, first pound after 1024 bytes", charsetPage("", utf, 2000), ""},
		{"declared utf-8", charsetPage("utf-8", utf, 0), "text/html; charset=utf-8"},
		{"mislabelled: header says windows-1252, body is UTF-8", charsetPage("", utf, 1500), "text/html; charset=windows-1252"},
		{"mislabelled: meta says iso-8859-1, body is UTF-8", charsetPage("iso-8859-1", utf, 0), ""},
		{"mislabelled: header says utf-8, body is windows-1252", charsetPage("", latin, 0), "text/html; charset=utf-8"},
		{"undeclared windows-1252", charsetPage("", latin, 1500), ""},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, charsetPage("", utf, 0)...), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Parse(bytes.NewReader(tc.body), Meta{URL: "https://example.org/news/grants", ContentType: tc.contentType}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(res.Text, "Â") || strings.Contains(res.Text, "\uFFFD") {
				t.Errorf("mis-decoded text: %q", tail(res.Text, 80))
			}
			if !strings.Contains(res.Text, "£45,000 for a café") {
				t.Errorf("text lacks the decoded sentence: %q", tail(res.Text, 80))
			}
			if len(res.Awards) != 1 || res.Awards[0].Amount != 45000 || res.Awards[0].Recipient != "Riverside Trust" {
				t.Errorf("awards = %+v", res.Awards)
			}
		})
	}
}

func TestUTF16(t *testing.T) {
	s := "<html><body><p>Riverside Trust has been awarded £45,000 for a garden.</p></body></html>"
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xFE})
	for _, r := range s {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	res, err := Parse(&b, Meta{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Awards) != 1 || res.Awards[0].Amount != 45000 {
		t.Fatalf("awards = %+v (text %q)", res.Awards, res.Text)
	}
}
