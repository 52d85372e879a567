package parse_test

import (
	"fmt"
	"strings"

	"github.com/fundwatch/fundwatch/parse"
)

func ExampleParse() {
	page := `<html><head><meta property="article:published_time" content="2016-12-01"></head><body>
<article><h1>Police forces share £26m</h1>
<p>A total of 28 projects have been awarded funding in the second round of the Police Transformation Fund.</p>
<p>Merseyside Police has been awarded £350,000 in 2016/17 with a further £227,000 the following year for a witness protection IT system.</p>
<p>A total of £76.4m is available this financial year.</p>
</article><aside>Related: council wins £5m</aside></body></html>`

	res, err := parse.Parse(strings.NewReader(page), parse.Meta{URL: "https://example.org/news/1"}, parse.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range res.Rounds {
		fmt.Printf("round %d of %s: £%d, %d projects\n", *r.Round, r.Fund, *r.Total, *r.Projects)
	}
	for _, l := range res.Limits {
		fmt.Printf("limit: £%d in %s (%s)\n", l.Amount, *l.Period, l.Scope)
	}
	for _, a := range res.Awards {
		fmt.Printf("award: £%d to %s in %d tranches\n", a.Amount, a.Recipient, len(a.Tranches))
		fmt.Printf("  evidence: %q\n", a.Evidence.Text[:40])
	}
	// Output:
	// round 2 of Police Transformation Fund: £26000000, 28 projects
	// limit: £76400000 in 2016/17 (fund)
	// award: £577000 to Merseyside Police in 2 tranches
	//   evidence: "Merseyside Police has been awarded £350"
}
