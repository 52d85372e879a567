package alerts

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"math/big"
	"net"
	"net/textproto"
	"strings"
	"sync"
	"testing"
	"time"
)

// smtpServer is a small SMTP server for tests on 127.0.0.1: EHLO,
// STARTTLS, AUTH PLAIN and LOGIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
// It refuses AUTH before STARTTLS and MAIL before AUTH, as a real
// submission server would.
type smtpServer struct {
	ln         net.Listener
	tlsConfig  *tls.Config
	user, pass string
	rootCAs    *x509.CertPool // for the client

	mu    sync.Mutex
	mails []smtpMail
	auths []string // every AUTH outcome, "ok user" or "fail user"
	wg    sync.WaitGroup
}

type smtpMail struct {
	From    string
	To      []string
	Data    string
	User    string
	TLS     bool
	Subject string
}

func newSMTPServer(t *testing.T, user, pass string) *smtpServer {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "fundwatch test smtp"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &smtpServer{
		ln: ln, user: user, pass: pass, rootCAs: pool,
		tlsConfig: &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}, MinVersion: tls.VersionTLS12},
	}
	s.wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.wg.Go(func() { s.serve(c) })
		}
	})
	t.Cleanup(func() { ln.Close(); s.wg.Wait() })
	return s
}

func (s *smtpServer) addr() (string, int) {
	a := s.ln.Addr().(*net.TCPAddr)
	return a.IP.String(), a.Port
}

func (s *smtpServer) serve(c net.Conn) {
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(30 * time.Second))
	tp := textproto.NewConn(c)
	isTLS, user := false, ""
	var cur *smtpMail
	reply := func(format string, args ...any) { _ = tp.PrintfLine(format, args...) }
	readLine := func() (string, bool) {
		l, err := tp.ReadLine()
		return l, err == nil
	}
	reply("220 127.0.0.1 fundwatch-test ESMTP")
	for {
		line, ok := readLine()
		if !ok {
			return
		}
		verb, arg, _ := strings.Cut(line, " ")
		switch strings.ToUpper(verb) {
		case "EHLO", "HELO":
			if !isTLS {
				reply("250-127.0.0.1 hello")
				reply("250-8BITMIME")
				reply("250 STARTTLS")
			} else {
				reply("250-127.0.0.1 hello")
				reply("250-8BITMIME")
				reply("250 AUTH PLAIN LOGIN")
			}
		case "STARTTLS":
			if isTLS {
				reply("503 5.5.1 already in TLS")
				continue
			}
			reply("220 2.0.0 ready to start TLS")
			tc := tls.Server(c, s.tlsConfig)
			if err := tc.Handshake(); err != nil {
				return
			}
			c, isTLS, user, cur = tc, true, "", nil
			tp = textproto.NewConn(tc)
		case "AUTH":
			if !isTLS {
				reply("538 5.7.11 encryption required for requested authentication mechanism")
				continue
			}
			mech, initial, _ := strings.Cut(arg, " ")
			var u, p string
			switch strings.ToUpper(mech) {
			case "PLAIN":
				if initial == "" {
					reply("334 ")
					if initial, ok = readLine(); !ok {
						return
					}
				}
				b, _ := base64.StdEncoding.DecodeString(initial)
				parts := strings.Split(string(b), "\x00")
				if len(parts) == 3 {
					u, p = parts[1], parts[2]
				}
			case "LOGIN":
				reply("334 VXNlcm5hbWU6")
				l1, ok1 := readLine()
				reply("334 UGFzc3dvcmQ6")
				l2, ok2 := readLine()
				if !ok1 || !ok2 {
					return
				}
				bu, _ := base64.StdEncoding.DecodeString(l1)
				bp, _ := base64.StdEncoding.DecodeString(l2)
				u, p = string(bu), string(bp)
			default:
				reply("504 5.5.4 unrecognised authentication type")
				continue
			}
			s.mu.Lock()
			if u == s.user && p == s.pass {
				user = u
				s.auths = append(s.auths, "ok "+u)
				s.mu.Unlock()
				reply("235 2.7.0 authentication successful")
			} else {
				s.auths = append(s.auths, "fail "+u)
				s.mu.Unlock()
				reply("535 5.7.8 authentication credentials invalid")
			}
		case "MAIL":
			if s.user != "" && user == "" {
				reply("530 5.7.0 authentication required")
				continue
			}
			cur = &smtpMail{From: strings.TrimPrefix(strings.Fields(arg)[0], "FROM:"), User: user, TLS: isTLS}
			reply("250 2.1.0 ok")
		case "RCPT":
			if cur == nil {
				reply("503 5.5.1 need MAIL first")
				continue
			}
			cur.To = append(cur.To, strings.TrimPrefix(strings.Fields(arg)[0], "TO:"))
			reply("250 2.1.5 ok")
		case "DATA":
			if cur == nil || len(cur.To) == 0 {
				reply("503 5.5.1 need RCPT first")
				continue
			}
			reply("354 go ahead")
			b, err := tp.ReadDotBytes()
			if err != nil {
				return
			}
			cur.Data = string(b)
			if msg, err := textproto.NewReader(bufio.NewReader(strings.NewReader(cur.Data))).ReadMIMEHeader(); err == nil {
				cur.Subject = msg.Get("Subject")
			}
			s.mu.Lock()
			s.mails = append(s.mails, *cur)
			s.mu.Unlock()
			cur = nil
			reply("250 2.0.0 queued")
		case "RSET":
			cur = nil
			reply("250 2.0.0 ok")
		case "NOOP":
			reply("250 2.0.0 ok")
		case "QUIT":
			reply("221 2.0.0 bye")
			return
		default:
			reply("502 5.5.2 command not recognised")
		}
	}
}

func (s *smtpServer) received() ([]smtpMail, []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]smtpMail(nil), s.mails...), append([]string(nil), s.auths...)
}
