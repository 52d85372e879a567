package parse

import (
	"bytes"
	"encoding/binary"
	"mime"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode turns the page bytes into UTF-8 text.
//
// The rules, in order:
//  1. a byte-order mark wins;
//  2. a body that is valid UTF-8 is read as UTF-8, whatever the labels say:
//     a legacy single-byte page is almost never valid UTF-8 once it has a
//     non-ASCII byte, and pure ASCII reads the same either way. This is
//     what fixes undeclared UTF-8 pages whose first "£" comes after the
//     1024 bytes x/net/html/charset looks at, and pages labelled
//     ISO-8859-1 that are really UTF-8;
//  3. otherwise the declared charset (Content-Type header, then <meta> or
//     the XML declaration anywhere in the first 64 KiB) is used, except
//     that a page declared UTF-8 but invalid is read as windows-1252;
//  4. with no usable declaration, windows-1252 (the WHATWG default, and a
//     superset of ISO-8859-1 in which "£" is 0xA3).
func decode(b []byte, contentType string) (string, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD"), "utf-8"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}), bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		if out, err := dec.Bytes(b); err == nil {
			return string(out), "utf-16"
		}
	}
	if utf8.Valid(b) {
		// b is Parse's own read buffer, never written after this: share
		// it rather than copy the page
		return unsafe.String(unsafe.SliceData(b), len(b)), "utf-8"
	}
	label := declaredCharset(b, contentType)
	var enc encoding.Encoding = charmap.Windows1252
	name := "windows-1252"
	if label != "" {
		if e, n := charset.Lookup(label); e != nil && n != "utf-8" {
			enc, name = e, n
		}
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD"), "utf-8"
	}
	return string(out), name
}

// declaredCharset returns the charset label from the Content-Type header, or
// from a <meta charset>, <meta http-equiv> or <?xml encoding?> declaration in
// the first 64 KiB of the body.
func declaredCharset(b []byte, contentType string) string {
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			if cs := params["charset"]; cs != "" {
				return cs
			}
		}
	}
	head := b
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	lower := bytes.ToLower(head)
	for _, key := range [][]byte{[]byte("charset="), []byte("encoding=")} {
		i := bytes.Index(lower, key)
		if i < 0 {
			continue
		}
		rest := lower[i+len(key):]
		rest = bytes.TrimLeft(rest, "\"' ")
		end := bytes.IndexAny(rest, "\"' ;>/?\n")
		if end < 0 {
			end = len(rest)
		}
		if end > 0 && end < 40 {
			return string(rest[:end])
		}
	}
	return ""
}

// looksBinary reports data that is not text: NUL bytes, known binary
// signatures, or mostly control bytes in the first 8 KiB.
func looksBinary(b []byte) bool {
	for _, sig := range [][]byte{
		[]byte("%PDF-"), []byte("PK\x03\x04"), []byte("\x89PNG"), []byte("GIF8"),
		[]byte("\xFF\xD8\xFF"), []byte("\x1F\x8B"), []byte("BZh"), []byte("\x7FELF"),
	} {
		if bytes.HasPrefix(b, sig) {
			return true
		}
	}
	head := b
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	if bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) {
		return false // UTF-16 with a BOM has NULs but is text
	}
	ctrl := 0
	for i := 0; i < len(head); {
		if i+8 <= len(head) {
			// the common case: eight bytes none of which is below 0x20
			// (the classic test for a byte less than n, exact for n <= 0x80)
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			if x := binary.LittleEndian.Uint64(head[i:]); (x-0x20*ones)&^x&highs == 0 {
				i += 8
				continue
			}
		}
		for end := min(i+8, len(head)); i < end; i++ {
			c := head[i]
			if c >= 0x20 {
				continue
			}
			if c == 0 {
				return true
			}
			if c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctrl++
			}
		}
	}
	return ctrl*10 > len(head)
}
