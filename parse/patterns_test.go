package parse

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func parseHTML(t *testing.T, body string) *Result {
	t.Helper()
	return parsePage(t, "<html><head><title>News</title></head><body><article>"+body+"</article></body></html>", Meta{URL: "https://example.org/n", FetchedAt: time.Date(2023, 5, 10, 0, 0, 0, 0, time.UTC)})
}

// parsePage parses a whole page with meta, failing the test on error.
func parsePage(t *testing.T, page string, meta Meta) *Result {
	t.Helper()
	r, err := Parse(strings.NewReader(page), meta, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// awardList lists the awards as "recipient amount", joined by "|".
func awardList(r *Result) string {
	var got []string
	for _, aw := range r.Awards {
		got = append(got, aw.Recipient+" "+strconv.FormatInt(aw.Amount, 10))
	}
	return strings.Join(got, "|")
}

// recipients lists the awards' recipients in order, joined by "|".
func recipients(r *Result) string {
	var got []string
	for _, a := range r.Awards {
		got = append(got, a.Recipient)
	}
	return strings.Join(got, "|")
}

// wantOneAward checks that body yields exactly one award, to recip.
func wantOneAward(t *testing.T, body, recip string) {
	t.Helper()
	if r := parseHTML(t, body); len(r.Awards) != 1 || r.Awards[0].Recipient != recip {
		t.Errorf("%s: awards %+v, want one to %q", body, r.Awards, recip)
	}
}

// TestSplitByYearAfterDash: a total followed by its yearly split after a
// dash becomes tranches of one award.
func TestSplitByYearAfterDash(t *testing.T) {
	r := parseHTML(t, "<p>Ridgeway Carers Trust will receive £900,000 over two years – £300,000 in 2023-24 and £600,000 in 2024-25.</p>")
	if len(r.Awards) != 1 {
		t.Fatalf("awards: %+v", r.Awards)
	}
	a := r.Awards[0]
	if a.Amount != 900000 || len(a.Tranches) != 2 || a.Tranches[0].Period != "2023/24" || a.Tranches[1].Amount != 600000 {
		t.Errorf("got %+v", a)
	}
}

// TestFigureFirstRecipients: sentences that open with the figure, and
// names with lowercase particles.
func TestFigureFirstRecipients(t *testing.T) {
	for _, tc := range []struct{ body, recip string }{
		{"<p>EUR 3,4 million will support MARLIN, a consortium coordinated by Universita di Bologna.</p>", "Universita di Bologna"},
		{"<p>€1.1 million will go to the Universidad de Granada for a solar testbed.</p>", "Universidad de Granada"},
		{"<p>A £75,000 grant has been awarded to Shelter for Families.</p>", "Shelter for Families"},
		{"<p>A £250,000 grant to Harbour Trust will fund new pontoons.</p>", "Harbour Trust"},
		{"<p>Action for Rural Youth will receive £60,000 to train mentors.</p>", "Action for Rural Youth"},
		{"<p>Scientists at the Institute of Coastal Studies will receive £210,000 to map erosion.</p>", "Institute of Coastal Studies"},
	} {
		wantOneAward(t, tc.body, tc.recip)
	}
}

// TestSmallPatterns: dash purposes, "for N organisations" as a project
// count, costs in list items, and UK-order and news-line dates.
func TestSmallPatterns(t *testing.T) {
	r := parseHTML(t, "<p>Wells Foodbank, £12,000 - a delivery van.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Purpose != "delivery van" {
		t.Errorf("dash purpose: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>Grants totalling £900,000 were approved for 37 organisations.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 37 {
		t.Errorf("projects: %+v", r.Rounds)
	}
	r = parseHTML(t, "<ul><li>Riverside Youth Project: £45,000 over three years towards core costs and a worker's salary</li></ul>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Riverside Youth Project" {
		t.Errorf("costs list item: %+v", r.Awards)
	}
	for d, want := range map[string]string{"<p>Publication date: 06/07/2022</p>": "2022-07-06", "<p>News article | 4 October 2023</p>": "2023-10-04"} {
		r, err := Parse(strings.NewReader("<html><body><article><h1>Grants</h1>"+d+"<p>Some text about grants for local groups.</p></article></body></html>"), Meta{}, Options{})
		if err != nil || r.Published != want {
			t.Errorf("%s: got %q, want %s", d, r.Published, want)
		}
	}
}

// TestRoundInForce: a later mention of an earlier round does not move the
// awards that follow out of the round the page announces.
func TestRoundInForce(t *testing.T) {
	r := parseHTML(t, "<p>The third round of the Parks Revival Fund has awarded grants to 12 parks.</p><p>Hollins Park Friends received £40,000 to restore the bandstand.</p><p>Like the second round, applications were judged by a panel.</p><p>Marsh Lane Allotments received £9,000.</p>")
	for _, a := range r.Awards {
		if a.Round == nil || *a.Round != 3 {
			t.Errorf("%s: round %v, want 3", a.Recipient, a.Round)
		}
	}
	if len(r.Awards) != 2 {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestSchemeNames: fund names with other heads than Fund.
func TestSchemeNames(t *testing.T) {
	for _, tc := range []struct{ body, fund string }{
		{"<p>Entries are open for the Young Makers Competition, with a prize pot of £50,000.</p>", "Young Makers Competition"},
		{"<p>The Safer Crossings Challenge has £3m available for 2024/25.</p>", "Safer Crossings Challenge"},
		{"<p>Clubs can bid to the Village Chest budget of £25,000 for 2023/24.</p>", "Village Chest"},
		{"<p>The Small Grants Scheme has a budget of £95,000.</p>", "Small Grants Scheme"},
		{"<p>The Community Ownership Grant programme has £8m available in 2024/25.</p>", "Community Ownership Grant programme"},
		{"<p>Eleven councils will benefit from the Thriving High Streets programme, which has a budget of £20 million.</p>", "Thriving High Streets programme"},
		{"<p>Horizon Europe, the EU's key funding programme for research, has a budget of €95.5 billion.</p>", "Horizon Europe"},
	} {
		r := parseHTML(t, tc.body)
		if len(r.Limits) != 1 || r.Limits[0].Fund != tc.fund {
			t.Errorf("%s: got %+v", tc.body, r.Limits)
		}
	}
}

// TestGranteeTermWithDetails: a <dt> followed by a description <dd> and a
// "Grant: £X" <dd> links the term to the grant.
func TestGranteeTermWithDetails(t *testing.T) {
	r := parseHTML(t, "<p>The panel made these awards.</p><dl><dt>Millbrook Youth Theatre</dt><dd>Drama workshops for teenagers.</dd><dd>Grant: £12,000</dd><dt>Oakfield Men's Shed</dt><dd>Woodwork sessions.</dd><dd>Grant: £4,500</dd></dl>")
	want := map[string]int64{"Millbrook Youth Theatre": 12000, "Oakfield Men's Shed": 4500}
	if len(r.Awards) != 2 {
		t.Fatalf("awards: %+v", r.Awards)
	}
	for _, a := range r.Awards {
		if want[a.Recipient] != a.Amount {
			t.Errorf("got %s %d", a.Recipient, a.Amount)
		}
	}
}

// TestPurposeNotRecipient: a funder awarding a figure "to" + verb states
// a batch total; "a grant of £X will help Y" names Y.
func TestPurposeNotRecipient(t *testing.T) {
	r := parseHTML(t, "<p>The Arts Council has awarded £3.5m to help theatres recover.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 3500000 {
		t.Errorf("to+verb: rounds %+v awards %+v", r.Rounds, r.Awards)
	}
	r = parseHTML(t, "<p>A grant of £85,000 will help Thornbury Museum Trust digitise its archive.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Thornbury Museum Trust" {
		t.Errorf("grant of: %+v", r.Awards)
	}
	for _, body := range []string{
		"<p>We are allocating an additional £120m to Health Boards across Wales.</p>",
		"<p>The Scottish Government has committed at least £250 million over five years for Scotland's peatlands.</p>",
		"<p>Police forces will receive £20m of additional funding next year.</p>",
		"<p>Ferry services will receive £60m of extra support.</p>",
		"<p>NHS Scotland will receive an additional £300m this winter.</p>",
		"<p>The Welsh Government is providing an extra £20m to local authorities for school meals.</p>",
	} {
		if r := parseHTML(t, body); len(r.Awards)+len(r.Rounds)+len(r.Limits) != 0 {
			t.Errorf("%s: budget line extracted: %+v %+v %+v", body, r.Awards, r.Rounds, r.Limits)
		}
	}
}

// TestParentFundNamedLater: the page's own fund keeps the awards and
// rounds; the parent's figure is the parent's limit.
func TestParentFundNamedLater(t *testing.T) {
	r := parseHTML(t, "<p>The Clean Seas Programme, which is part of the government's £500 million Ocean Recovery Fund, has awarded £2m to 9 projects. Tidal Labs Ltd received £300,000. The Ocean Recovery Fund was launched in 2021.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Fund != "Clean Seas Programme" {
		t.Errorf("awards: %+v", r.Awards)
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Clean Seas Programme" {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Ocean Recovery Fund" || r.Limits[0].Amount != 500000000 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// TestCapitalProgrammeIsNoFund: a council's own capital programme is a
// budget, not a fund with a limit.
func TestCapitalProgrammeIsNoFund(t *testing.T) {
	for _, body := range []string{
		"<p>The council's Capital Programme of £112.4m for 2022/23 was approved.</p>",
		"<p>The county council approved a capital programme of £88.6m for 2023/24.</p>",
	} {
		if r := parseHTML(t, body); len(r.Limits) != 0 || len(r.Funds) != 0 {
			t.Errorf("%s: funds %v limits %+v", body, r.Funds, r.Limits)
		}
	}
}

// TestHeadlineTotals: a funder's headline figure is a batch total; a
// winner's headline figure is not.
func TestHeadlineTotals(t *testing.T) {
	r := parseHTML(t, "<h1>Governor Announces $25 Million in Grants to Improve Transit</h1><p>Applications were scored by the state transport board.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 25000000 || len(r.Awards) != 0 {
		t.Errorf("funder headline: rounds %+v awards %+v", r.Rounds, r.Awards)
	}
	r = parseHTML(t, "<h1>Leeds Charity Wins £50,000 in Funding</h1><p>Leeds Hope Trust has won £50,000 from the Community Fund.</p>")
	if len(r.Rounds) != 0 {
		t.Errorf("winner headline: rounds %+v", r.Rounds)
	}
}

// TestCoordinatorRightAfterComma is a regression test: an aside that
// opens straight with "coordinated by" once sliced out of range.
func TestCoordinatorRightAfterComma(t *testing.T) {
	r := parseHTML(t, "<p>£2m will support Acme Labs, coordinated by Leeds Beckett University.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Amount != 2000000 {
		t.Errorf("got %+v", r.Awards)
	}
}

// TestLowercaseFundNames: a fund named in lower case needs a determiner
// or a possessive before it and no verb inside.
func TestLowercaseFundNames(t *testing.T) {
	for body, want := range map[string]string{
		"<p>Grants of £2m went to 9 projects from the Home Office's police transformation fund.</p>":           "Police Transformation Fund",
		"<p>Leeds received £3m from the coastal towns recovery fund this year.</p>":                            "Coastal Towns Recovery Fund",
		"<p>Five communities and one tribal nation will use funds worth $25 million to plan bus services.</p>": "",
		"<p>Councils can bid for £4m; successful councils spend funds on repairs.</p>":                         "",
	} {
		r := parseHTML(t, body)
		got := ""
		if len(r.Funds) > 0 {
			got = r.Funds[0]
		}
		if got != want || len(r.Funds) > 1 {
			t.Errorf("%s: funds %q, want %q", body, r.Funds, want)
		}
	}
}

// TestGroupWithPlaceName: a lower-case group noun after a place name is a
// group, not the place.
func TestGroupWithPlaceName(t *testing.T) {
	for _, body := range []string{
		"<p>Empty shops will reopen after north Wales councils secured around £7m from the Transforming Towns programme.</p>",
		"<p>Rural Devon charities received £2m from the Community Recovery Fund.</p>",
	} {
		if r := parseHTML(t, body); len(r.Awards) != 0 {
			t.Errorf("%s: awards %+v", body, r.Awards)
		}
	}
	r := parseHTML(t, "<p>Wrexham Council received £4m from the Transforming Towns Fund.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Wrexham Council" {
		t.Errorf("single council: %+v", r.Awards)
	}
}

// TestCapWithoutFund: a per-bid cap of no named fund is dropped; a named
// fund's cap is kept in Caps, never in Limits.
func TestCapWithoutFund(t *testing.T) {
	if r := parseHTML(t, "<p>You will assess applications for grants of up to £25,000 and visit applicants.</p>"); len(r.Limits)+len(r.Caps) != 0 {
		t.Errorf("no fund: limits %+v caps %+v", r.Limits, r.Caps)
	}
	r := parseHTML(t, "<p>Councils can bid for up to £20 million per project from the Levelling Up Fund.</p>")
	if len(r.Limits) != 0 || len(r.Caps) != 1 || r.Caps[0].Scope != "per_bid" || r.Caps[0].Fund != "Levelling Up Fund" || r.Caps[0].Amount != 20000000 {
		t.Errorf("named fund: a cap, not a limit: limits %+v caps %+v", r.Limits, r.Caps)
	}
}

// TestStrandOfFund: "the X Programme's Y competition" is a strand of X;
// the awards and rounds are X's, also where Y is named again alone.
func TestStrandOfFund(t *testing.T) {
	r := parseHTML(t, "<p>Eight businesses share £12.6 million in round 4 of the Farming Innovation Programme’s Large R&amp;D Partnerships competition.</p><p>The Large R&amp;D Partnerships competition awarded £1.2m to Agri-EPI Centre Limited.</p>")
	if len(r.Funds) != 1 || r.Funds[0] != "Farming Innovation Programme" {
		t.Errorf("funds %q", r.Funds)
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Farming Innovation Programme" {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if len(r.Awards) != 1 || r.Awards[0].Fund != "Farming Innovation Programme" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestPublicationDateAtTheFoot: a labelled publication date counts even
// below a long decision record.
func TestPublicationDateAtTheFoot(t *testing.T) {
	body := strings.Repeat("<p>The panel considered the applications received and the criteria that apply to them.</p>", 16) +
		"<p>Decided at meeting: 04/07/2022 - Cabinet</p><p>Publication date: 06/07/2022</p>"
	if r := parseHTML(t, body); r.Published != "2022-07-06" {
		t.Errorf("published %q", r.Published)
	}
}

// TestClosingDateIsNoClosure: a deadline ("closing on 30 September")
// keeps the budget; a fund that is closing states none.
func TestClosingDateIsNoClosure(t *testing.T) {
	r := parseHTML(t, "<p>The remaining Community Chest budget of £60,000 for 2022/23 is carried forward to the second round, closing on 30 September 2022.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 60000 {
		t.Errorf("deadline: limits %+v", r.Limits)
	}
	r = parseHTML(t, "<p>The £60,000 Community Chest is closing after a review of council spending.</p>")
	if len(r.Limits) != 0 {
		t.Errorf("closure: limits %+v", r.Limits)
	}
}

// TestAttributiveFundFigure: "X, the EU's programme worth €Y" gives Y to X,
// while the sentence's subject keeps its own budget.
func TestAttributiveFundFigure(t *testing.T) {
	r := parseHTML(t, "<p>Mission Clean Soil has a budget of around €320 million for 2021-2023 under Horizon Europe, the EU’s research and innovation programme worth €95.5 billion.</p>")
	got := map[string]int64{}
	for _, l := range r.Limits {
		got[l.Fund] = l.Amount
	}
	if len(r.Limits) != 2 || got["Mission Clean Soil"] != 320000000 || got["Horizon Europe"] != 95500000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestRefusedBids: a table of applications not recommended, and a sentence
// recommending refusal, give no awards; the approved table still does.
func TestRefusedBids(t *testing.T) {
	r := parseHTML(t, `<p>The Cabinet approved grants from the Town Grants Fund.</p>
<table><tr><th>Organisation</th><th>Project</th><th>Grant (£)</th></tr><tr><td>Ashby Youth Trust</td><td>Minibus</td><td>24,000</td></tr></table>
<p><strong>Table 2: Applications not recommended</strong></p>
<table><tr><th>Applicant</th><th>Project</th><th>Amount requested (£)</th></tr><tr><td>Northdale Golf Club Ltd</td><td>Clubhouse</td><td>60,000</td></tr></table>
<p>One application (Hill Bowls Club, £6,000 for a mower) was judged ineligible and recommended for refusal.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Ashby Youth Trust" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestCapitalisedHeadingFundName: a fund named in capitals in a heading
// takes the spelling of the text.
func TestCapitalisedHeadingFundName(t *testing.T) {
	r := parseHTML(t, "<h2>HARROWDEN COMMUNITY RESILIENCE FUND - ROUND 3</h2><p>Harrowden Foodbank received £9,500 from the Harrowden Community Resilience Fund.</p>")
	if len(r.Funds) != 1 || r.Funds[0] != "Harrowden Community Resilience Fund" || len(r.Awards) != 1 || r.Awards[0].Fund != "Harrowden Community Resilience Fund" {
		t.Errorf("funds %q awards %+v", r.Funds, r.Awards)
	}
}

// TestBoldNameLineOverFigure: "<strong>Name, Place</strong><br>Nearly $5
// million to ..." names the recipient of the figure below it.
func TestBoldNameLineOverFigure(t *testing.T) {
	r := parseHTML(t, "<p>The grantees are:</p><p><strong>Tidewater Maritime Workforce Alliance, Norfolk, Virginia</strong><br>Nearly $5 million to train welders and pipefitters for shipbuilding.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Tidewater Maritime Workforce Alliance" || r.Awards[0].Amount != 5000000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestFigureAfterOpenerAndDescribedFunding: a place or adverb before a
// leading figure, "£X for NAME will help", and "receives development
// funding of £X".
func TestFigureAfterOpenerAndDescribedFunding(t *testing.T) {
	for body, want := range map[string]string{
		"<p>In Sheffield, almost £500,000 will allow the Friends of Rookwood Cemetery to repair the chapel.</p>": "Friends of Rookwood Cemetery",
		"<p>On Tiree, £260,000 for Tiree Wave Energy CIC will help the company build a test berth.</p>":          "Tiree Wave Energy CIC",
		"<p>Caerleon Quay Heritage Partnership receives development funding of £86,500.</p>":                     "Caerleon Quay Heritage Partnership",
		"<p>Leeds Hope Trust was given a capital grant of £40,000 for a new roof.</p>":                           "Leeds Hope Trust",
	} {
		wantOneAward(t, body, want)
	}
	if r := parseHTML(t, "<p>In 2023, £5m was spent on resurfacing roads.</p>"); len(r.Awards) != 0 {
		t.Errorf("spending: awards %+v", r.Awards)
	}
}

// TestDashLabelsAndSpacedThousands: "PROJECT – Org (FR) – EUR 2 499 850 –
// purpose", and "Name, appositive – £X – purpose".
func TestDashLabelsAndSpacedThousands(t *testing.T) {
	r := parseHTML(t, `<ul><li><strong>NEUROSENSE</strong> – Institut Vaucluse de Recherche (FR) – EUR 2 499 850 – a wearable EEG headset.</li>
<li>Porthwen Town Council, leading the Station Road partnership – £35,000 – better lighting</li>
<li>€900,000 for Aqualyse Oy (FI) to take its sensor to field trials.</li></ul>`)
	want := []struct {
		recip, purpose string
		amount         int64
	}{{"Institut Vaucluse de Recherche", "wearable EEG headset", 2499850}, {"Porthwen Town Council", "better lighting", 35000}, {"Aqualyse Oy", "take its sensor to field trials", 900000}}
	if len(r.Awards) != len(want) {
		t.Fatalf("awards %+v", r.Awards)
	}
	for i, w := range want {
		if a := r.Awards[i]; a.Recipient != w.recip || a.Amount != w.amount || a.Purpose != w.purpose {
			t.Errorf("award %d = %q %d %q, want %+v", i, a.Recipient, a.Amount, a.Purpose, w)
		}
	}
}

// TestEachGoTo: "£X each go to A, to ..., and to B, for ..." is one award
// to each named recipient.
func TestEachGoTo(t *testing.T) {
	r := parseHTML(t, "<p>Grants of £4,000 each go to Blyth Valley Bowls Club, to make its pavilion accessible, and to Seaton Carew Allotment Society, for raised beds.</p>")
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Blyth Valley Bowls Club" || r.Awards[1].Recipient != "Seaton Carew Allotment Society" || r.Awards[1].Amount != 4000 {
		t.Errorf("awards %+v", r.Awards)
	}
	if r := parseHTML(t, "<p>Ten clubs received up to £4,000 each.</p>"); len(r.Awards) != 0 {
		t.Errorf("per-recipient figure: awards %+v", r.Awards)
	}
}

// TestRoundWords: numeric ordinals, phases and cut-offs of a funding call,
// and "£X was shared by N halls" as a round total.
func TestRoundWords(t *testing.T) {
	for text, want := range map[string]int{
		"this was the small grants programme's 14th round since it began":                       14,
		"ministers confirmed £2.3 million in the second phase of the community halls programme": 2,
		"27 projects were selected under the second 2024 cut-off of the eic transition call":    2,
		"the second phase of the building works will begin in june":                             0,
	} {
		got := 0
		for _, m := range findRounds(text) {
			got = m.num
		}
		if got != want {
			t.Errorf("findRounds(%q) = %d, want %d", text, got, want)
		}
	}
	r := parseHTML(t, "<p>In the first round, in 2022, £1.6 million was shared by 14 halls.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 1600000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 14 {
		t.Errorf("shared by: rounds %+v", r.Rounds)
	}
	if n := ordinal("21st"); n != 21 {
		t.Errorf("ordinal(21st) = %d", n)
	}
	if n := ordinal("2024"); n != 0 {
		t.Errorf("ordinal(2024) = %d", n)
	}
}

// TestProgrammeBesideDistributor: a lottery distributor named beside its
// programme is not the page's fund; a person described as "the fund's
// director" is no programme.
func TestProgrammeBesideDistributor(t *testing.T) {
	r := parseHTML(t, "<p>Nine projects will share £7.8m through the Heritage Grants Fund, The National Lottery Heritage Fund has announced. Eilish Carroll, the fund's director for the north, welcomed the awards.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Heritage Grants Fund" {
		t.Errorf("rounds %+v", r.Rounds)
	}
	for _, f := range r.Funds {
		if f == "Eilish Carroll" {
			t.Errorf("a person as a fund: %q", r.Funds)
		}
	}
}

// TestGrantsForNames: "National Lottery Awards for All" and "Grants for
// the Arts" are programme names that run past their head word.
func TestGrantsForNames(t *testing.T) {
	for text, want := range map[string]string{
		"Groups were awarded £2 million through National Lottery Awards for All, the funder said.": "National Lottery Awards for All",
		"Nine projects will share £7.8m through National Lottery Grants for Heritage.":             "National Lottery Grants for Heritage",
		"Theatres received £1m from Arts Council Grants for the Arts this year.":                   "Arts Council Grants for the Arts",
	} {
		hits := findFunds(text)
		if len(hits) == 0 || hits[0].name != want {
			t.Errorf("findFunds(%q) = %+v, want %q", text, hits, want)
		}
	}
}

// TestBudgetForPeriod: "the fund's budget for the current financial year
// is £X" and "the fund's overall budget for 2024-25 is £X" are limits.
func TestBudgetForPeriod(t *testing.T) {
	for body, want := range map[string]string{
		"<p>The Harrowden Community Fund awards small grants. The fund's budget for the current financial year is £150,000.</p>": "2023/24",
		"<p>The Active Travel Fund pays for 112 schemes. The fund’s overall budget for 2024-25 is £42 million.</p>":              "2024/25",
	} {
		r := parseHTML(t, body)
		if len(r.Limits) != 1 || r.Limits[0].Period == nil || *r.Limits[0].Period != want {
			t.Errorf("%s: limits %+v", body, r.Limits)
		}
	}
}

// TestDollarCurrencies: a bare "$" on a Canadian page is CAD; explicit
// forms are read as written; a US page keeps USD.
func TestDollarCurrencies(t *testing.T) {
	page := func(url, body string) *Result {
		t.Helper()
		r := parsePage(t, "<html><body><article>"+body+"</article></body></html>", Meta{URL: url})
		return r
	}
	r := page("https://www.canada.ca/en/news.html", "<p>Fundy Heat Pumps Inc. will receive $1,040,000 to expand its plant.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Currency != "CAD" {
		t.Errorf(".ca: %+v", r.Awards)
	}
	r = page("https://example.org/n", "<p>The Government of Canada announced that Fundy Heat Pumps Inc. will receive $1,040,000 to expand.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Currency != "CAD" {
		t.Errorf("Canadian page: %+v", r.Awards)
	}
	r = page("https://example.org/n", "<p>Harbour Labs Pty Ltd will receive A$2.5 million to build a test rig.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Currency != "AUD" || r.Awards[0].Amount != 2500000 {
		t.Errorf("A$: %+v", r.Awards)
	}
	r = page("https://www.transportation.gov/n", "<p>The City of Flint will receive $6.5 million for new buses.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Currency != "USD" {
		t.Errorf("US page: %+v", r.Awards)
	}
	// the site's address in the title names the country
	r, err := Parse(strings.NewReader("<html><head><title>$5m for water | Beehive.govt.nz</title></head><body><article><p>The Kaiwaka Water Trust will receive $5.2 million for a reservoir.</p></article></body></html>"), Meta{URL: "https://example.org/n"}, Options{})
	if err != nil || len(r.Awards) != 1 || r.Awards[0].Currency != "NZD" {
		t.Errorf("address in title: %+v %v", r.Awards, err)
	}
}

// TestMoreRecipientShapes: "picks up", a dash aside after a leading
// figure, "respectively" past a relative clause, and "X's £Y project".
func TestMoreRecipientShapes(t *testing.T) {
	for body, want := range map[string]string{
		"<p>Grimsworth Town Cricket Club picks up £92,400 to replace its pavilion roof.</p>":                           "Grimsworth Town Cricket Club",
		"<p>£150,000 – the maximum available – goes to Easterhope Rugby Union Football Club for a floodlit pitch.</p>": "Easterhope Rugby Union Football Club",
		"<p>And Northgate Netball CIC’s £35,000 project will resurface two outdoor courts.</p>":                        "Northgate Netball CIC",
	} {
		wantOneAward(t, body, want)
	}
	r := parseHTML(t, "<p>Riverbend Canoe Club and Lower Ouse Rowing Club, which share a boathouse, will receive £61,000 and £57,500 respectively.</p>")
	if len(r.Awards) != 2 || r.Awards[1].Recipient != "Lower Ouse Rowing Club" || r.Awards[1].Amount != 57500 {
		t.Errorf("respectively: %+v", r.Awards)
	}
	if r := parseHTML(t, "<p>The council’s £2.1m project, part-funded by the fund, will cost more than planned.</p>"); len(r.Awards) != 0 {
		t.Errorf("project cost: %+v", r.Awards)
	}
}

// TestOrganisationThenTown: "Org Ltd, Town (£X)" names the organisation,
// and "Org Ltd, a spin-out that makes ..., gets £X" the subject before
// the appositive.
func TestOrganisationThenTown(t *testing.T) {
	wantOneAward(t, "<ul><li>Ardmore Precision Castings Ltd, Greenock (£390,000) – heat recovery on melting furnaces</li></ul>", "Ardmore Precision Castings Ltd")
	wantOneAward(t, "<p>Kelvinside Biopolymers Ltd, a Glasgow spin-out that makes packaging films, gets £475,000 to scale up its pilot line.</p>", "Kelvinside Biopolymers Ltd")
}

// TestFixedWidthTableNeedsAHeader: double-spaced prose and numbered
// paragraphs are not tables.
func TestFixedWidthTableNeedsAHeader(t *testing.T) {
	for _, text := range []string{
		"The panel met.  It approved the awards.\nMembers agreed.  The chair thanked officers.",
		"6.1  The fund has a budget of GBP 150,000.\n6.2  Awards are capped at GBP 25,000.",
	} {
		if rows, _ := fixedWidthTable(strings.Split(text, "\n"), 0); len(rows) != 0 {
			t.Errorf("%q read as a table: %q", text, rows)
		}
	}
	rows, next := fixedWidthTable([]string{"Name          Grant (GBP)", "Leeds Trust        4,000", "", "after"}, 0)
	if len(rows) != 2 || rows[1][0] != "Leeds Trust" || rows[1][1] != "4,000" || next != 2 {
		t.Errorf("table: %q next %d", rows, next)
	}
}

// TestJobAdvertTable: a job advert's "Salary | £X – £Y" row and a "Groups
// We Fund" menu are neither an award nor a fund.
func TestJobAdvertTable(t *testing.T) {
	r := parseHTML(t, "<h2>Groups We Fund</h2><table><tr><th>Salary</th><td>£34,314 – £37,938 per annum</td></tr><tr><th>Hours</th><td>35 hours a week</td></tr></table>")
	if len(r.Awards) != 0 || len(r.Funds) != 0 {
		t.Errorf("awards %+v funds %q", r.Awards, r.Funds)
	}
}

// TestPlainTextFeedItem: a plain-text feed item's fields give the title
// and date, rules separate, and a rounded headline figure yields to the
// body's exact one.
func TestPlainTextFeedItem(t *testing.T) {
	text := "GAZETTE FEED\n------------\nTITLE:     Hospice lands almost £250k lottery grant\nPUBDATE:   Mon, 10 Nov 2025 08:15:00 +0000\n------------\n\nSt Aldhelm's Hospice has been granted £249,900 by the Community Lottery Fund to run a night nursing service.\n"
	r := parsePage(t, text, Meta{URL: "https://example.org/feed.txt", ContentType: "text/plain"})
	if r.Title != "Hospice lands almost £250k lottery grant" || r.Published != "2025-11-10" {
		t.Errorf("title %q published %q", r.Title, r.Published)
	}
	if len(r.Awards) != 1 || r.Awards[0].Amount != 249900 || r.Awards[0].Recipient != "St Aldhelm's Hospice" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestTopUpAndSharedRounds: a top-up gives the new total as the limit;
// "one of 12 successful bids sharing £X in the second round of the fund"
// is that fund's round; a possessive before a parenthesised figure names
// the owner.
func TestTopUpAndSharedRounds(t *testing.T) {
	r := parseHTML(t, "<p>The Mayor has topped up his Community Spaces Fund by £5m to £25m after record demand.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 25000000 || len(r.Awards)+len(r.Rounds) != 0 {
		t.Errorf("top-up: limits %+v awards %+v rounds %+v", r.Limits, r.Awards, r.Rounds)
	}
	r = parseHTML(t, "<p>Harrowden will receive £2.8m from the High Streets Renewal Fund.</p><p>Its bid is one of 12 successful bids sharing £31.5 million in the second round of the fund.</p><p>The Community Chest also made grants.</p>")
	found := false
	for _, rd := range r.Rounds {
		if rd.Total != nil && *rd.Total == 31500000 {
			found = rd.Fund == "High Streets Renewal Fund" && rd.Round != nil && *rd.Round == 2 && rd.Projects != nil && *rd.Projects == 12
		}
	}
	if !found {
		t.Errorf("shared round: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Projects already funded include Abbey Wood Community Hall (£180,000) and the Stroud Green Play Association’s new adventure playground (£215,000).</p>")
	if len(r.Awards) != 2 || r.Awards[1].Recipient != "Stroud Green Play Association" {
		t.Errorf("possessive: %+v", r.Awards)
	}
}

// TestWavesAndFutureRounds: an ordinal wave with money is a round; what a
// future round will be worth is a limit; a capitals line in plain text is
// a heading.
func TestWavesAndFutureRounds(t *testing.T) {
	r := parseHTML(t, "<p>Last year’s first wave of the Cosy Homes Retrofit Fund handed £29.5m to 19 landlords.</p><p>A third wave worth up to £60m will follow in 2026/27.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 || *r.Rounds[0].Total != 29500000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 60000000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2026/27" {
		t.Errorf("limits %+v", r.Limits)
	}
	if !capsHeading("6.  COMMUNITY FACILITIES FUND (FOR INFORMATION)") || capsHeading("The fund is open.") || capsHeading("TOTAL £78,750") {
		t.Error("capsHeading")
	}
}

// TestFunderAndHedgedRepeat: a known funder that "awarded" money is not a
// recipient; "almost £2.5 million" beside the table's £2,480,000 for the
// same trust is one award, the exact one.
func TestFunderAndHedgedRepeat(t *testing.T) {
	r := parseHTML(t, "<p>Nine studies will start after the NIHR awarded more than £14 million in the first call of its Rural Health Research Programme.</p>")
	for _, a := range r.Awards {
		if a.Recipient == "NIHR" {
			t.Errorf("funder as recipient: %+v", r.Awards)
		}
	}
	r = parseHTML(t, `<table><tr><th>Trust</th><th>Funding awarded (£)</th></tr><tr><td>North Cotswold Hospitals NHS Foundation Trust</td><td>2,480,000</td></tr><tr><td>Wyre Forest Community Health NHS Trust</td><td>1,200,000</td></tr></table>
<p>North Cotswold Hospitals NHS Foundation Trust has been given almost £2.5 million for a mobile MRI service.</p>`)
	if len(r.Awards) != 2 || r.Awards[0].Amount != 2480000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestDrupalJSONAPI: a JSON:API response's attributes.body.value is the
// article body and attributes.title its title.
func TestDrupalJSONAPI(t *testing.T) {
	page := `{"data": {"type": "press_release", "attributes": {"title": "Council approves grants", "date": "2024-09-10T16:45:00-04:00",
"body": {"value": "<p>Casa Luz Health Collective will receive $175,000 for a mobile clinic.</p>", "format": "full_html"}}}}`
	r := parsePage(t, page, Meta{URL: "https://city.example/api/news/1", ContentType: "application/vnd.api+json"})
	if r.Title != "Council approves grants" || r.Published != "2024-09-10" || len(r.Awards) != 1 || r.Awards[0].Recipient != "Casa Luz Health Collective" {
		t.Errorf("got title %q published %q awards %+v", r.Title, r.Published, r.Awards)
	}
}

// TestRecipientColumnChoice: the leftmost column that names who gets the
// money, not the school or the local authority area beside it; a
// "Project name" column is the purpose.
func TestRecipientColumnChoice(t *testing.T) {
	r := parseHTML(t, `<p>Capital allocations for new special school places.</p><table><tr><th>Responsible body</th><th>School</th><th>Local authority area</th><th>Allocation (£)</th></tr>
<tr><td>Oakwell Learning Trust</td><td>Oakwell High School</td><td>Leeds</td><td>1,987,500</td></tr><tr><td>Kent County Council</td><td>Marsh Lane Academy</td><td>Kent</td><td>2,310,000</td></tr></table>`)
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Oakwell Learning Trust" || r.Awards[1].Recipient != "Kent County Council" {
		t.Errorf("awards %+v", r.Awards)
	}
	r = parseHTML(t, `<p>Grants awarded this year.</p><table><tr><th>Project name</th><th>Lead organisation</th><th>Grant (£)</th></tr><tr><td>Green Roofs</td><td>Leeds Hope Trust</td><td>45,000</td></tr><tr><td>River Walk</td><td>Aire Rivers Trust</td><td>30,000</td></tr></table>`)
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Leeds Hope Trust" || r.Awards[0].Purpose != "Green Roofs" {
		t.Errorf("project-name table: %+v", r.Awards)
	}
}

// TestFellowsHostInstitution: a fellow's award is held by the host
// institution named beside the fellow, and named by both.
func TestFellowsHostInstitution(t *testing.T) {
	r := parseHTML(t, `<p>78 researchers will share £115 million in the tenth round of the Future Leaders Fellowships.</p><ul>
<li><strong>Dr Felix Marchetti</strong>, Northgate University – <em>Wearable quantum sensors</em> (£1,612,004)</li>
<li><strong>Professor Ann Lee</strong> (University of Kelsall) – coastal flood models – £1,487,220</li></ul>`)
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Felix Marchetti (Northgate University)" || r.Awards[1].Recipient != "Ann Lee (University of Kelsall)" {
		t.Errorf("awards %+v", r.Awards)
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Future Leaders Fellowships" {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestPersonAndCountedGroup: a person in a department of the publishing
// university gives the person and the university; a fund that "has shared £X between 48
// pools across England" gives a round, not an award to the fund or to
// England.
func TestPersonAndCountedGroup(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><head><title>£2.6m for rapid tests | News | University of Eastmoor</title><meta property="og:title" content="£2.6m for rapid tests"></head><body><article>
<p>Also this month, Dr Tomasz Wierzbicki of the School of Geography receives a £412,000 research leadership award.</p></article></body></html>`), Meta{URL: "https://eastmoor.example/news/1"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Tomasz Wierzbicki (University of Eastmoor)" {
		t.Errorf("person: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>The second round of the Lido Fund has shared £9.6m between 48 pools across England.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 9600000 {
		t.Errorf("group: awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestCallsAndCombinedTotals: "in its second call ... approved 24
// projects with a combined budget of €96.4m" is round 2's total; a year
// after "available to" is no count.
func TestCallsAndCombinedTotals(t *testing.T) {
	r := parseHTML(t, "<p>In its second call, the Interreg programme's monitoring committee approved 24 projects with a combined ERDF budget of €96.4 million.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || *r.Rounds[0].Projects != 24 || len(r.Limits) != 0 {
		t.Errorf("rounds %+v limits %+v", r.Rounds, r.Limits)
	}
	r = parseHTML(t, "<p>The Community Ownership Fund has £150 million available to 2025 to help communities take ownership of assets.</p>")
	if len(r.Limits) != 1 || len(r.Rounds) != 0 {
		t.Errorf("available to 2025: limits %+v rounds %+v", r.Limits, r.Rounds)
	}
}

// TestSuccessfulBidsAndEarmarks: "X's bid for £Y ... was successful", and
// "£Y has been earmarked for A, B and C District Council".
func TestSuccessfulBidsAndEarmarks(t *testing.T) {
	wantOneAward(t, "<p>Fermanagh and Omagh District Council's bid for £1.45million to restore three listed buildings was successful.</p>", "Fermanagh and Omagh District Council")
	wantOneAward(t, "<p>£640,000 has been earmarked for Newry, Mourne and Down District Council for shopfront improvements.</p>", "Newry, Mourne and Down District Council")
	if r := parseHTML(t, "<p>Leeds City Council's bid for £2m was unsuccessful.</p>"); len(r.Awards) != 0 {
		t.Errorf("unsuccessful bid: %+v", r.Awards)
	}
	if r := parseHTML(t, "<p>£640,000 has been earmarked for road repairs in the town.</p>"); len(r.Awards) != 0 {
		t.Errorf("earmarked for a purpose: %+v", r.Awards)
	}
}

// TestWeIsThePublisher: "we" on an organisation's own page is that
// organisation; with no organisation named as publisher there is no
// recipient.
func TestWeIsThePublisher(t *testing.T) {
	page := func(title, body string) *Result {
		t.Helper()
		r := parsePage(t, "<html><head><title>"+title+"</title></head><body><article><p>"+body+"</p></article></body></html>", Meta{URL: "https://example.org/n"})
		return r
	}
	r := page("Big news | Tidewater Young Carers Trust", "We have been awarded £148,600 over three years to run our young carers service.")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Tidewater Young Carers Trust" {
		t.Errorf("charity blog: %+v", r.Awards)
	}
	r = page("Promenade news | Saltby Borough Council", "It comes on top of the £2.5m we secured from the Levelling Up Fund in 2022.")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Saltby Borough Council" {
		t.Errorf("council release: %+v", r.Awards)
	}
	if r := page("News", "We have been awarded £148,600 to run the service."); len(r.Awards) != 0 {
		t.Errorf("no publisher: %+v", r.Awards)
	}
	// the feeling between "we're" and the verb
	r = page("Big news | Tidewater Tech Academy", "We’re also thrilled to have received a £60,000 grant from the Harbourside Foundation to run a returners’ programme.")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Tidewater Tech Academy" {
		t.Errorf("we're thrilled: %+v", r.Awards)
	}
}

// TestProvinceDollars: a bare "$" on an Ontario page is CAD.
func TestProvinceDollars(t *testing.T) {
	r := parsePage(t, "<html><head><title>Ontario investing in main streets</title></head><body><article><p>The Township of Red Pine will receive $640,000 to rebuild sidewalks.</p></article></body></html>", Meta{URL: "https://news.example.org/r/1"})
	if len(r.Awards) != 1 || r.Awards[0].Currency != "CAD" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestPeopleBehindAndDeferredList: "Volunteers behind X" names X; a
// sentence listing applications "deferred ... and not approved" gives no
// awards.
func TestPeopleBehindAndDeferredList(t *testing.T) {
	wantOneAward(t, "<p>STAITHES: Volunteers behind the Staithes Heritage Trail have been awarded £3,000 through the Coastal Grants Fund.</p>", "Staithes Heritage Trail")
	if r := parseHTML(t, "<p>The following applications were deferred pending further information and are not approved at this meeting: Eastmere Men's Shed (£12,000) and Holmbrook Bowls Club (£8,750).</p>"); len(r.Awards) != 0 {
		t.Errorf("deferred: %+v", r.Awards)
	}
}

// TestRespectivelyAfterFigures: "Allocations of €X and €Y were made to A
// and B respectively".
func TestRespectivelyAfterFigures(t *testing.T) {
	r := parseHTML(t, "<p>Allocations of €198,000 and €175,250 were made to Irish Community Cycling and Orienteering Éire respectively, for family cycling clubs.</p>")
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Irish Community Cycling" || r.Awards[1].Recipient != "Orienteering Éire" || r.Awards[1].Amount != 175250 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestMetadataDates: GOV.UK's "<dt>Published</dt><dd>date</dd>" outside the
// article, and a "Page last updated" line when nothing else dates the page.
func TestMetadataDates(t *testing.T) {
	page := func(html string) string {
		t.Helper()
		r := parsePage(t, html, Meta{URL: "https://example.org/n"})
		return r.Published
	}
	if got := page(`<html><body><div class="meta"><dl><dt>From:</dt><dd>Home Office</dd><dt>Published</dt><dd>18 February 2025</dd></dl></div><div class="govspeak"><p>Forces will share £40m.</p></div></body></html>`); got != "2025-02-18" {
		t.Errorf("dt/dd: %q", got)
	}
	if got := page(`<html><body><article><p>Grants of £5,000 were made.</p><p>Page last updated: 27 February 2025</p></article></body></html>`); got != "2025-02-27" {
		t.Errorf("last updated: %q", got)
	}
}

// TestFieldsPayAndFundBudgets: "Recipient: X" over "Fund award: £Y"; a
// chief executive's pay; money "for the X Fund" is its budget.
func TestFieldsPayAndFundBudgets(t *testing.T) {
	r := parseHTML(t, `<h3>Station Quarter Phase 2, Wyvernbridge</h3><p><strong>Recipient:</strong> Wyvernbridge City Council<br><strong>Brownfield Homes Fund award:</strong> £3,150,000<br><strong>Total scheme value:</strong> £58m</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Wyvernbridge City Council" || r.Awards[0].Amount != 3150000 {
		t.Errorf("fields: %+v", r.Awards)
	}
	if r := parseHTML(t, "<p>Its chief executive, Martin Ellery, was paid between £140,000 and £145,000.</p>"); len(r.Awards) != 0 {
		t.Errorf("pay: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>The government has confirmed £900 million for the Local Prosperity Fund in 2025/26.</p>")
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Fund != "Local Prosperity Fund" || *r.Limits[0].Period != "2025/26" {
		t.Errorf("fund budget: awards %+v limits %+v", r.Awards, r.Limits)
	}
}

// TestRunByAndPeopleNamedGrant: the body that runs a fund gives its money;
// "Dr Lewis Grant" is a person; "Accelerator" and "Initiative" end
// programme names.
func TestRunByAndPeopleNamedGrant(t *testing.T) {
	r := parseHTML(t, "<p>The Community Pools Resilience Fund, run by Sport England on behalf of the government, has shared £18.7 million among 212 pools.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Fund != "Community Pools Resilience Fund" {
		t.Errorf("run by: awards %+v rounds %+v", r.Awards, r.Rounds)
	}
	if hits := findFunds("The study led by Dr Lewis Grant from the School of Sport will receive £1.75m."); len(hits) != 0 {
		t.Errorf("person named Grant: %+v", hits)
	}
	if hits := findFunds("38 landlords share £146m in the second wave of the Warm Homes Retrofit Accelerator."); len(hits) != 1 || hits[0].name != "Warm Homes Retrofit Accelerator" {
		t.Errorf("accelerator: %+v", hits)
	}
}

// TestGappedVerb: "X will receive $3.1m to ..., and Y $2.4m to ...": the
// second clause leaves its verb understood.
func TestGappedVerb(t *testing.T) {
	r := parseHTML(t, "<p>Harbour Water Trust will receive £3.1 million to replace intakes, and Ridge Rural Water Ltd £2.4 million to connect 90 homes.</p>")
	if len(r.Awards) != 2 || r.Awards[1].Recipient != "Ridge Rural Water Ltd" || r.Awards[1].Amount != 2400000 {
		t.Errorf("awards: %+v", r.Awards)
	}
	// a figure with no name in its clause stays with nobody
	r = parseHTML(t, "<p>Harbour Water Trust will receive £3.1 million to replace intakes, and a further £400,000 is held back.</p>")
	for _, a := range r.Awards {
		if a.Amount == 400000 && a.Recipient != "Harbour Water Trust" {
			t.Errorf("held-back figure: %+v", a)
		}
	}
}

// TestMaximumAndUse: a grant "at the maximum" is an award, not a cap; on
// a fund's page "X will use £Y to <do>" tells X's grant, while a body's
// own reserves are not one, and "the council" never points back to a
// club.
func TestMaximumAndUse(t *testing.T) {
	wantOneAward(t, "<p>Rhondda Boxing Academy receives the maximum £50,000 towards a new ring.</p>", "Rhondda Boxing Academy")
	wantOneAward(t, "<p>Hill Cricket Club was awarded the maximum grant of £10,000 for covers.</p>", "Hill Cricket Club")
	r := parseHTML(t, "<p>The Place for Sport Fund has opened.</p><p>Clwb Rygbi Llanfair will use £48,500 to install floodlights.</p><p>The council will use £2m of its reserves to repair roads.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Clwb Rygbi Llanfair" || r.Awards[0].Amount != 48500 {
		t.Errorf("use: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>Clubs can apply for the maximum grant of £50,000 from the Place for Sport Fund.</p>")
	if len(r.Awards) != 0 || len(r.Caps) != 1 {
		t.Errorf("cap: awards %+v caps %+v", r.Awards, r.Caps)
	}
}

// TestRespectivelyShapes: rounds given "respectively", names after
// "respectively for", and a label of names before a dash.
func TestRespectivelyShapes(t *testing.T) {
	r := parseHTML(t, "<p>The third round of the Halls Fund has awarded £22.5m to 47 halls.</p><p>The first and second rounds awarded £14.8 million and £16.4 million respectively.</p>")
	got := map[int]int64{}
	for _, x := range r.Rounds {
		if x.Round != nil && x.Total != nil {
			got[*x.Round] = *x.Total
		}
	}
	if got[1] != 14800000 || got[2] != 16400000 || got[3] != 22500000 || len(r.Awards) != 0 {
		t.Errorf("rounds respectively: %v, awards %+v", got, r.Awards)
	}
	r = parseHTML(t, "<p>This is the Towns Fund's third round. The first two supported 17 and 14 projects with £8.1 million and £7.6 million respectively.</p>")
	if len(r.Rounds) != 2 || r.Rounds[0].Projects == nil || len(r.Awards) != 0 {
		t.Errorf("first two: %+v %+v", r.Rounds, r.Awards)
	}
	for _, body := range []string{
		"<ul><li>£415,000 and £260,000 respectively for Cwm Arian Community Trust and Ynysfach Traders Association, for a cinema</li></ul>",
		"<ul><li>Cwm Arian Community Trust and Ynysfach Traders Association – £415,000 and £260,000 respectively, for a cinema</li></ul>",
	} {
		r = parseHTML(t, "<p>The Valleys Grant has funded seven projects.</p>"+body)
		if len(r.Awards) != 2 || r.Awards[0].Recipient != "Cwm Arian Community Trust" || r.Awards[1].Amount != 260000 || r.Awards[1].Recipient != "Ynysfach Traders Association" {
			t.Errorf("%s: %+v", body, r.Awards)
		}
	}
}

// TestBatchShapes: "supported N projects with £X", "are among N projects
// sharing £X", an "intake" as a round, and "Apply for round four" as a
// future round.
func TestBatchShapes(t *testing.T) {
	r := parseHTML(t, "<p>Seven projects will receive £4.2 million in the second round of the High Streets Grant.</p><p>Last year, the first round of the grant supported nine projects with £5.3 million.</p>")
	if len(r.Rounds) != 2 || *r.Rounds[1].Round != 1 || *r.Rounds[1].Total != 5300000 || *r.Rounds[1].Projects != 9 {
		t.Errorf("supported with: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Floodlights in Llanfair and a boathouse in Penarth are among 61 community projects sharing £2.4m in the third round of the Facilities Fund.</p><h2>Apply for round four</h2><p>Round four opens in December.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Round != 3 || *r.Rounds[0].Projects != 61 {
		t.Errorf("among: %+v %+v", r.Rounds, r.Awards)
	}
	r = parseHTML(t, "<p>The province is investing $14.2 million in 38 projects through the second intake of the Main Street Fund.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 {
		t.Errorf("intake: %+v", r.Rounds)
	}
}

// TestLeadsAppropriationsAndPeriods: "X will lead a £Y hub" names the
// grantee; money appropriated "for the Challenge" is its limit; a second
// period's figure after "and" is a limit like the first; a scheme "funded
// from" a bigger fund owns the figures that follow.
func TestLeadsAppropriationsAndPeriods(t *testing.T) {
	wantOneAward(t, "<p>The Coasts Programme is worth £50 million.</p><p>Severnside University will lead a £6.2 million hub looking at tidal flooding.</p>", "Severnside University")
	r := parseHTML(t, "<p>Councillor Hall leads the £300m regeneration of the docks.</p>")
	if len(r.Awards) != 0 {
		t.Errorf("leads the regeneration: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>EDA announced grants under the Regional Manufacturing Resilience Challenge.</p><p>Congress appropriated $50 million for the Challenge in the Consolidated Appropriations Act, 2024.</p>")
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Amount != 50000000 {
		t.Errorf("appropriated: %+v %+v", r.Awards, r.Limits)
	}
	r = parseHTML(t, "<p>The Safer Fund will back 38 projects. Of the total, £21.5 million is available in 2025/26 and £20 million in 2026/27.</p>")
	if len(r.Limits) != 2 || r.Limits[1].Period == nil || *r.Limits[1].Period != "2026/27" || r.Limits[1].Amount != 20000000 {
		t.Errorf("second period: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>The Communities Grant Scheme is funded from the Council's allocation of the UK Shared Prosperity Fund. The scheme budget is £250,000 for 2024/25.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Communities Grant Scheme" {
		t.Errorf("parent fund: %+v", r.Limits)
	}
}

// TestFundGrantsAndLeftovers: "$2.4m in X Fund grants" is a batch of the
// fund X; a programme funded from a parent fund owns its budget; money
// left over or spending measured against a programme is no limit.
func TestFundGrantsAndLeftovers(t *testing.T) {
	r := parseHTML(t, "<p>City Council approves $2.4 million in Neighborhood Opportunity Fund grants</p>")
	if len(r.Funds) != 1 || r.Funds[0] != "Neighborhood Opportunity Fund" || len(r.Rounds) != 1 || len(r.Limits) != 0 {
		t.Errorf("fund grants: %v %+v %+v", r.Funds, r.Rounds, r.Limits)
	}
	r = parseHTML(t, "<p>The Bramwell Community Grants Programme has opened.</p><p>The programme is funded from the council’s UK Shared Prosperity Fund allocation and has a budget of £400,000 for 2024/25.</p><p>That the unallocated budget of £254,750 be carried forward to round 2.</p><p>Capital spending to December was £3.2m against a revised programme of £7.9m.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Bramwell Community Grants Programme" || r.Limits[0].Amount != 400000 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// TestGrantsTogetherAndProjectPhases: "the three grants together are worth
// £X" totals a batch; "the first phase of a three-phase plan" is a phase
// of the work, not a round.
func TestGrantsTogetherAndProjectPhases(t *testing.T) {
	r := parseHTML(t, "<p>Hill Trust was awarded £245,000 from the Repair Grants. It will fund the first phase of a three-phase plan.</p><p>The three grants together are worth £399,500.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Round != nil || *r.Rounds[0].Total != 399500 || *r.Rounds[0].Projects != 3 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestLayoutWrappersAreContent: a wrapper named after the sidebar beside
// it and an article body named for its paywall are content, while a real
// sidebar is not.
func TestLayoutWrappersAreContent(t *testing.T) {
	for _, page := range []string{
		`<div class="content-sidebar-wrap"><div class="content"><h1>Grants</h1><div class="entry-content"><p>Hill Trust will receive £40,000 for a hall.</p></div></div><aside class="sidebar"><p>Dale Trust will receive £9,000.</p></aside></div>`,
		`<div class="article-main"><h2>Grants</h2><div id="subscription-content" class="article-body"><p>Hill Trust will receive £40,000 for a hall.</p><p>It is the club's first grant.</p><p>The hall opened in 1950.</p></div></div><div class="sidebar-widget"><p>Dale Trust will receive £9,000.</p></div>`,
	} {
		r, err := Parse(strings.NewReader("<html><body>"+page+"</body></html>"), Meta{}, Options{})
		if err != nil || len(r.Awards) != 1 || r.Awards[0].Recipient != "Hill Trust" {
			t.Errorf("%.60s: %+v %v", page, r.Awards, err)
		}
	}
}

// TestMoreSet8Shapes: "£000" is a unit, not £0; a numbered call "in spring
// 2027" is a future round; a table of how a body plans to spend its grant
// is no list of awards; a compact meta date; "respectively" covering the
// first figures only; yearly parts in brackets; "from a £14m pot".
func TestMoreSet8Shapes(t *testing.T) {
	r := parseHTML(t, "<p>Eight networks will receive a total of £3.24m from the Health Accelerator.</p><p>The rest will pay for a second call for proposals in spring 2027.</p><table><caption>Health Accelerator awards (£000)</caption><tr><th>Network</th><th>Total £000</th></tr><tr><td>Fenbridge PCN</td><td>460</td></tr><tr><td>Harbury PCN</td><td>400</td></tr></table>")
	if len(r.Awards) != 2 || len(r.Rounds) != 1 || r.Rounds[0].Round != nil {
		t.Errorf("unit caption and future call: %+v %+v", r.Awards, r.Rounds)
	}
	r = parseHTML(t, "<p>The council has been allocated £2,318,446 from the Homelessness Prevention Grant.</p><table><caption>Table 1: Proposed use of the grant</caption><tr><th>Activity</th><th>Delivered by</th><th>Proposed £</th></tr><tr><td>Outreach</td><td>Open Door Wealdmoor</td><td>292,000</td></tr><tr><td>Advice</td><td>Citizens Advice</td><td>48,000</td></tr></table>")
	for _, a := range r.Awards {
		if a.Amount == 292000 || a.Amount == 48000 {
			t.Errorf("spending plan row as award: %+v", a)
		}
	}
	r, err := Parse(strings.NewReader(`<html><head><meta name="pubdate" content="20261012"></head><body><p>Grants.</p></body></html>`), Meta{}, Options{})
	if err != nil || r.Published != "2026-10-12" {
		t.Errorf("compact meta date: %q %v", r.Published, err)
	}
	r = parseHTML(t, "<p>Redcliffe City Council and Severnside County Council receive £3.1m and £2.75m respectively for new homes, while Westholme Borough Council gets £2m to convert a home.</p>")
	if len(r.Awards) != 3 || r.Awards[1].Recipient != "Severnside County Council" || r.Awards[2].Recipient != "Westholme Borough Council" {
		t.Errorf("respectively then while: %+v", r.Awards)
	}
	r = parseHTML(t, "<ul><li>£980,000 (£380,000 in 2026 to 2027 and £600,000 in 2027 to 2028) for Open Gate Employment CIC to match prison leavers with employers</li></ul>")
	if len(r.Awards) != 1 || r.Awards[0].Amount != 980000 || len(r.Awards[0].Tranches) != 2 || r.Awards[0].Recipient != "Open Gate Employment CIC" {
		t.Errorf("bracketed parts: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>Nine trusts will share £9.2m from the Diversion Enhancement Programme.</p><p>The money, from a £14m pot for 2026/27, will extend the hours of teams.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 14000000 {
		t.Errorf("pot: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>The three-year study, led by Professor Anika Shah of Easthaven Law School, is one of eight projects sharing £12 million in the latest round of the Evidence Partnership Programme.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Projects != 8 {
		t.Errorf("one of eight: %+v %+v", r.Awards, r.Rounds)
	}
}

// TestSet9Layouts: "$m" units in a caption, closed accordion panels,
// grant cards with a place line under the name, multi-part dash labels,
// "share in $X", US fiscal years, and dates in dcterms.issued and
// plain-text "Posted Date:" fields.
func TestSet9Layouts(t *testing.T) {
	r := parseHTML(t, `<p>Seven projects will share in $38.6 million under Round Two of the Freight Program.</p><table><caption>Funding by financial year ($m, GST exclusive)</caption><tr><th>Proponent</th><th>2026-27</th><th>2027-28</th><th>Total</th></tr><tr><td>Wheatbelt Grain Alliance</td><td>2.25</td><td>3.25</td><td>5.50</td></tr><tr><td>Riverland Freight Hub Pty Ltd</td><td>1.25</td><td>2.75</td><td>4.00</td></tr></table>`)
	if len(r.Awards) != 2 || r.Awards[0].Amount != 5500000 || len(r.Awards[0].Tranches) != 2 {
		t.Errorf("$m caption: %+v", r.Awards)
	}
	r = parseHTML(t, `<div class="accordion"><h3><button aria-controls="p1">Gippsland</button></h3><div id="p1" role="region" aria-labelledby="b1" hidden><ul><li><strong>Shire of Otway Plains</strong> – Port Carlisle Pool – new pool tank – $2,000,000</li><li><strong>Mitchell Lakes Community Pool Committee</strong> – splash pad – $770,000</li></ul></div></div><div class="modal" hidden><p>Hill Trust will receive $9,000.</p></div>`)
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Shire of Otway Plains" || r.Awards[1].Recipient != "Mitchell Lakes Community Pool Committee" {
		t.Errorf("accordion: %+v", r.Awards)
	}
	r = parseHTML(t, `<div class="card"><h3>Driftless Area Stream Keepers</h3><p>Viroqua, Wisconsin</p><p>$225,000 36 months</p><p>To restore trout streams.</p></div><div class="card"><h3>Cahaba River Watch</h3><p>Birmingham, Alabama</p><p>$95,000 12 months</p></div>`)
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Driftless Area Stream Keepers" || r.Awards[1].Recipient != "Cahaba River Watch" {
		t.Errorf("cards: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>For FY 2027, up to $18.75 million is available for grants under the Cold Storage Grants program.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2026/27" {
		t.Errorf("FY 2027: %+v", r.Limits)
	}
	r, err := Parse(strings.NewReader(`<html><head><meta name="dcterms.issued" content="2026-11-12"></head><body><p>Grants.</p></body></html>`), Meta{}, Options{})
	if err != nil || r.Published != "2026-11-12" {
		t.Errorf("dcterms.issued: %q %v", r.Published, err)
	}
	txt := "Rural Food Grants\n\nFunding Opportunity Number: USDA-26-001\nVersion: Synopsis 1\nPosted Date:                                 Nov 02, 2026\nArchive Date:                                Mar 03, 2027\n"
	r, err = Parse(strings.NewReader(txt), Meta{ContentType: "text/plain"}, Options{})
	if err != nil || r.Published != "2026-11-02" {
		t.Errorf("posted date field: %q %v", r.Published, err)
	}
}

// TestDescribedAndBracketedNames: a name after its description, the leads
// of hubs that "each receive", "a £1.2m network led by X", an adverb
// before a comma, and a bracketed place after a name.
func TestDescribedAndBracketedNames(t *testing.T) {
	for body, want := range map[string]string{
		"<p>£50,000 will go to the homelessness charity Shelter Cymru for advice.</p>":                                        "Shelter Cymru",
		"<p>Finally, the Croatian coastal operator Jadranski Promet d.d. will receive €48.9 million to purchase ferries.</p>": "Jadranski Promet d.d.",
		"<p>In addition, a £1.2 million network led by the University of Wessex will coordinate the hubs.</p>":                "University of Wessex",
		"<p>Indiana: Dunes Edge Conservancy (Michigan City, Ind.) will receive $1,250,000 to stabilize dunes.</p>":            "Dunes Edge Conservancy",
		"<ul><li>Valley Kids Centre, Inc. (Schuylkill County) – $820,000 to open a second location</li></ul>":                 "Valley Kids Centre",
		"<ul><li><span>Braw Books</span> (Aberdeen) – <span>£22,500</span><br>Towards picture books.</li></ul>":               "Braw Books",
	} {
		wantOneAward(t, body, want)
	}
	r := parseHTML(t, "<p>Four hubs, led by Pennine University, the University of Caledon and Severn Valley University, will each receive £7.8 million.</p>")
	if len(r.Awards) != 3 || r.Awards[2].Recipient != "Severn Valley University" {
		t.Errorf("each, led by: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>Nationally, €94.6 million has been allocated to 2,214 projects in the 2026 round.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 {
		t.Errorf("adverb: %+v %+v", r.Awards, r.Rounds)
	}
}

// TestRoundsFromSet9: headline batches ("£8.9 million to six studies",
// "$11.4 Million in Cooperative Agreements"), Roman round numbers, a
// programme named by "round of", a budget that "included $X for the
// program", a name that ends before the verb "funds", and a body's
// exact total over a headline's rounded one.
func TestRoundsFromSet9(t *testing.T) {
	for _, h := range []string{"NIHR awards £8.9 million to six community prevention studies", "EPA Announces $11.4 Million in Cooperative Agreements to Protect Shorelines", "£42 million for new hubs to decarbonise materials industries"} {
		r, err := Parse(strings.NewReader("<html><body><article><h1>"+h+"</h1><p>The work starts in spring.</p></article></body></html>"), Meta{}, Options{})
		if err != nil || len(r.Rounds) != 1 || len(r.Awards) != 0 {
			t.Errorf("%s: rounds %+v awards %+v", h, r.Rounds, r.Awards)
		}
	}
	r, err := Parse(strings.NewReader(`<html><body><article><h1>DCED Announces More Than $9.5 Million for Child Care Projects</h1>
<p>Round III of the Main Street Child Care Capital Program funds 12 projects.</p>
<p>The Secretary announced that $9,540,000 has been awarded to 12 projects through Round III of the Main Street Child Care Capital Program.</p>
<p>The 2026-27 state budget included $25 million for the program.</p></article></body></html>`), Meta{}, Options{})
	if err != nil || len(r.Funds) != 1 || r.Funds[0] != "Main Street Child Care Capital Program" {
		t.Fatalf("funds: %v %v", r.Funds, err)
	}
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 3 || *r.Rounds[0].Total != 9540000 {
		t.Errorf("round III: %+v", r.Rounds)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 25000000 || *r.Limits[0].Period != "2026/27" {
		t.Errorf("budget included: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>Almost £3 million of National Lottery funding has been awarded to 12 organisations through the third round of Seaside Futures.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Seaside Futures" {
		t.Errorf("round of a programme: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>NERC is investing £18.5 million in the Resilient Coasts Hubs. A second call under the Coasts and Estuaries Programme, for smaller discovery projects of up to £750,000 each, will open in autumn 2027.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Round != nil || r.Rounds[0].Fund != "Resilient Coasts Hubs" {
		t.Errorf("investing in hubs: %+v %+v", r.Rounds, r.Awards)
	}
}

// TestFutureRoundsAndFundStems: a round still to come ("in a second round
// this winter", a "Second call" heading over "will open in March",
// "Applications for round four ... open in September") does not number
// the round announced; "X Grants" in a headline is "X Program" in the
// text; a budget over three years has no single period.
func TestFutureRoundsAndFundStems(t *testing.T) {
	r := parseHTML(t, "<p>Twelve trusts share £24.6 million from the Diagnostics Fund.</p><p>The remaining £5.4 million will be allocated in a second round this winter.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Round != nil {
		t.Errorf("a second round this winter: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>The NIHR awarded more than £14 million in the first call of its Coastal Health Programme.</p><h2>Second call</h2><p>A second call for the programme will open in March.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 {
		t.Errorf("second call heading: %+v", r.Rounds)
	}
	r, err := Parse(strings.NewReader(`<html><body><article><h1>Governor Announces $18.4 Million in Main Street Revitalization Grants</h1>
<p>The Governor announced 14 grants totaling $18.4 million through the third round of the Main Street Revitalization Program.</p>
<p>Applications for round four, which will make up to $20 million available, open in September.</p></article></body></html>`), Meta{}, Options{})
	if err != nil || len(r.Funds) != 1 || r.Funds[0] != "Main Street Revitalization Program" || len(r.Rounds) != 1 || *r.Rounds[0].Round != 3 {
		t.Errorf("stems and round four: %v %+v %v", r.Funds, r.Rounds, err)
	}
	r = parseHTML(t, "<p>The Brownfield Homes Fund has £45m available over the three years to 2027/28.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Period != nil {
		t.Errorf("three years: %+v", r.Limits)
	}
}

// TestOverallTotalBeatsLocalSubset: a local paper's "two towns share
// £5.5m" gives way to "In total £48m has been shared between 19 towns".
func TestOverallTotalBeatsLocalSubset(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><body><article><h1>Dales towns land £5.5m to revive high streets</h1>
<p>Kelderby and Aysgarth Bridge will receive £2.1m and £3.4m respectively from the first round of the Market Towns Fund. In total £48m has been shared between 19 towns across the North.</p></article></body></html>`), Meta{}, Options{})
	if err != nil || len(r.Rounds) != 1 || *r.Rounds[0].Total != 48000000 || *r.Rounds[0].Projects != 19 {
		t.Errorf("rounds: %+v %v", r.Rounds, err)
	}
}

// TestCutOffsAndChildFunds: a programme named by "cut-off of the 2024 X
// call", a child fund "funded under" its parent owning the budget that
// follows, and "N projects were selected for EUR X" as a recap.
func TestCutOffsAndChildFunds(t *testing.T) {
	r := parseHTML(t, "<p>The EIC has selected 27 projects under the second cut-off of the 2024 EIC Transition call. The selected projects will receive EUR 61.4 million in total.</p><p>EIC Transition is funded under Horizon Europe, the EU's research programme. The 2024 call has a total budget of EUR 128 million. In the first cut-off, in April, 34 projects were selected for EUR 80.2 million.</p>")
	got := map[int]int64{}
	for _, x := range r.Rounds {
		if x.Round != nil && x.Total != nil && x.Fund == "EIC Transition" {
			got[*x.Round] = *x.Total
		}
	}
	if got[1] != 80200000 || got[2] != 61400000 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	if len(r.Limits) != 1 || r.Limits[0].Fund != "EIC Transition" || r.Limits[0].Amount != 128000000 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// TestWorkOfTheBodyNamedBefore: "£310,000 for the university's modelling
// work" goes to the university named before.
func TestWorkOfTheBodyNamedBefore(t *testing.T) {
	wantOneAward(t, "<p>The University of Solway took part as a partner. UKRI provided £310,000 for the university's modelling work.</p>", "University of Solway")
}

// TestRespectivelyAfterColonAndNumberedNames: the names after a colon,
// one with a number inside ("Ward 7 Stroke Unit").
func TestRespectivelyAfterColonAndNumberedNames(t *testing.T) {
	r := parseHTML(t, "<p>Two projects will help our patients: the Neonatal Intensive Care Unit and the Ward 7 Stroke Unit received £48,000 and £36,500 respectively.</p>")
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Neonatal Intensive Care Unit" || r.Awards[1].Recipient != "Ward 7 Stroke Unit" {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestEmailBulletin: a plain-text bulletin with currency codes, a fund
// named across a line break, dot leaders, and a network's own small grants
// "(up to GBP 1,000 ...)" as a cap.
func TestEmailBulletin(t *testing.T) {
	txt := "Results\n\nEleven partnerships share GBP 2.2m in round 3 of the Rural Crime\nPartnership Scheme. Members in the list include:\n\n  * Mardale Rural Crime Partnership ............ GBP 310,000\n    (farm machinery tracking)\n  * Glenholm Farmwatch ......................... GBP 185,500\n    (ANPR cameras)\n\n- Reminder: the Network's own small grants (up to GBP 1,000 for\n  CSP training) are closed until the new year.\n"
	r := parsePage(t, txt, Meta{ContentType: "text/plain"})
	if len(r.Awards) != 2 || r.Awards[1].Recipient != "Glenholm Farmwatch" || r.Awards[1].Fund != "Rural Crime Partnership Scheme" {
		t.Errorf("awards: %+v", r.Awards)
	}
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 3 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestEachThenNames: "Three units will each receive £1.2m" is per unit,
// and the names in the next sentence receive it; without names it is no
// round total.
func TestEachThenNames(t *testing.T) {
	r := parseHTML(t, "<p>Three crime units will each receive £1.2 million from the Forensics Capacity Initiative.</p><p>The Northern Counties Crime Unit, Severnside ROCU and Midshires ROCU will use the money to set up kiosks.</p>")
	if len(r.Awards) != 3 || r.Awards[2].Recipient != "Midshires ROCU" || r.Awards[2].Amount != 1200000 || len(r.Rounds) != 0 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
	r = parseHTML(t, "<p>Three crime units will each receive £1.2 million from the Forensics Capacity Initiative.</p><p>The money will buy kiosks.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 0 {
		t.Errorf("no names: awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestProgrammeBudgetsAndProjectShares: "Through the X Fund, the
// government provides $400m" is X's budget; "Horizon Europe is the EU's
// €95.5 billion research and innovation programme" names a fund and its
// budget; a project's total budget is no fund's, and "an EU contribution
// of €6.97m" goes to the body that coordinates it.
func TestProgrammeBudgetsAndProjectShares(t *testing.T) {
	r := parseHTML(t, "<p>Through the Community Trails Fund, the federal government provides $400 million over five years for trails across Canada.</p>")
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Fund != "Community Trails Fund" {
		t.Errorf("through the fund: %+v %+v", r.Awards, r.Limits)
	}
	r = parseHTML(t, "<p>Ardmore Technological University will coordinate a new research action.</p><p>The Marine Research Centre will host the pilot plant.</p><p>The project has a total budget of €8.3 million, with an EU contribution of €6.97 million.</p><p>Horizon Europe is the EU’s €95.5 billion research and innovation programme for 2021-2027.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Ardmore Technological University" || r.Awards[0].Amount != 6970000 {
		t.Errorf("contribution: %+v", r.Awards)
	}
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Horizon Europe" || r.Limits[0].Amount != 95500000000 {
		t.Errorf("programme budget: %+v", r.Limits)
	}
}

// TestAcronymSpelledOutInTitle: "the PCC" on a page titled "... | Office
// of the Police and Crime Commissioner for Avon and Somerset".
func TestAcronymSpelledOutInTitle(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><head><title>Decision 2019/045: Youth Fund | Office of the Police and Crime Commissioner for Avon and Somerset</title></head><body><article><p>The Home Office has awarded the PCC £1,030,000 from the Early Intervention Youth Fund.</p></article></body></html>`), Meta{}, Options{})
	if err != nil || len(r.Awards) != 1 || r.Awards[0].Recipient != "Police and Crime Commissioner for Avon and Somerset" {
		t.Errorf("awards: %+v %v", r.Awards, err)
	}
}

// TestSet11Shapes: an aside after a subject ("Mercia Police, leading a
// group of five forces,"), a fund name with a negative word in it, the
// "£36 million Violence Reduction Challenge", a PCC's "£750,000 youth
// mentoring scheme", a unit's own budget, a budget across a range of years,
// "the latest £24.3m handed out by", and "£600,000 the force received".
func TestSet11Shapes(t *testing.T) {
	wantOneAward(t, "<p>Mercia Police, leading a group of five forces, secured £2.4m to build a shared case file.</p>", "Mercia Police")
	wantOneAward(t, "<p>Calder Valley PCC’s £750,000 youth mentoring scheme will be delivered by three councils.</p>", "Calder Valley PCC")
	r := parseHTML(t, "<p>Twelve projects will share £15m from the Violence Reduction Fund.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Projects != 12 {
		t.Errorf("negative word in a fund name: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Twelve projects share £15m from the Violence Reduction Challenge.</p><p>The money comes from the £36 million Violence Reduction Challenge. The unit's annual budget is around £1.1m.</p><p>The Violence Reduction Challenge is a £36 million programme running from 2022-23 to 2024-25.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 36000000 || r.Limits[0].Period != nil {
		t.Errorf("challenge limits: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>Anglia Coast Police has been awarded £1.25 million from the Violence Reduction Fund.</p><p>It builds on £600,000 the force received in the first round last year.</p><p>Drones are among the beneficiaries of the latest £24.3m handed out by the Home Office from its Police Innovation Fund.</p>")
	if len(r.Awards) != 2 || r.Awards[1].Amount != 600000 || r.Awards[1].Recipient != "Anglia Coast Police" {
		t.Errorf("received back: %+v", r.Awards)
	}
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 24300000 {
		t.Errorf("handed out by: %+v", r.Rounds)
	}
}

// TestNamesWithAnd: "Borders and Fells Constabulary, Marches Police and
// Dales Police" is three bodies, "Humber and Wolds PCC and Marches PCC"
// two, "Leeds and Hull" two; a table of funding sources has no awards.
func TestNamesWithAnd(t *testing.T) {
	for body, want := range map[string][]string{
		"<p>Borders and Fells Constabulary, Marches Police and Dales Police will each receive £400,000.</p>":  {"Borders and Fells Constabulary", "Marches Police", "Dales Police"},
		"<p>Anglia PCC receives £1.2m, while Humber and Wolds PCC and Marches PCC will each receive £1m.</p>": {"Anglia PCC", "Humber and Wolds PCC", "Marches PCC"},
		"<p>Leeds and Hull will each receive £5m.</p>":                                                        {"Leeds", "Hull"},
	} {
		if got := recipients(parseHTML(t, body)); got != strings.Join(want, "|") {
			t.Errorf("%s: got %q", body, got)
		}
	}
	r := parseHTML(t, "<table><tr><th>Funding source</th><th>2016/17 £</th><th>Total £</th></tr><tr><td>Home Office grant (PIPF)</td><td>350,000</td><td>577,000</td></tr><tr><td>PCC reserve</td><td>45,000</td><td>165,000</td></tr></table>")
	if len(r.Awards) != 0 {
		t.Errorf("funding sources: %+v", r.Awards)
	}
}

// TestRoundsKeptApartByFund: two funds' batches on one page are two
// rounds; an owner's name before a fund is the same fund; "Approved
// grants" names no fund.
func TestRoundsKeptApartByFund(t *testing.T) {
	r := parseHTML(t, "<p>Thirty-eight colleges will share £94.5 million from the FE Estates Renewal Programme.</p><p>Nine providers will share £22.1 million from the Specialist Skills Capital Fund.</p>")
	if len(r.Rounds) != 2 || r.Rounds[0].Fund == r.Rounds[1].Fund {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>61 clubs share £2.4m in the third round of Sport Wales' Place for Sport Facilities Fund.</p><p>The Place for Sport Facilities Fund has £6m available in 2023-24.</p>")
	if len(r.Funds) != 1 || r.Funds[0] != "Place for Sport Facilities Fund" {
		t.Errorf("funds: %v", r.Funds)
	}
	r = parseHTML(t, "<table><caption>Table 1: Approved grants</caption><tr><th>Applicant</th><th>Value</th></tr><tr><td>Eastmere Food CIC</td><td>£40,000</td></tr><tr><td>Hill Trust</td><td>£9,000</td></tr></table>")
	if len(r.Funds) != 0 {
		t.Errorf("approved grants: %v", r.Funds)
	}
}

// TestSet10Shapes: "receives the biggest single award from the
// programme, just under £6.8m", a Welsh name with "y", "Congratulations
// to X, which has been awarded", READ MORE links, a programme's
// microgrants as a label, "the hospice revealed it had been awarded", an
// ICB's own budget, a fund's budget for a year, "the £240 million
// accelerator", and a brand-name programme.
func TestSet10Shapes(t *testing.T) {
	wantOneAward(t, "<p>Kirkby Lane College receives the biggest single award from the estates programme, just under £6.8 million, to replace a tower block.</p>", "Kirkby Lane College")
	wantOneAward(t, "<ul><li>Theatr y Glannau, Aberlân – £980,000</li></ul>", "Theatr y Glannau")
	wantOneAward(t, "<p>Congratulations to Harbury Men's Shed, which has been awarded GBP 9,850 from the Together Outdoors Fund.</p>", "Harbury Men's Shed")
	r := parseHTML(t, "<p>Ashgrove Hospice runs a day centre.</p><p>Stride Out Kelby got £5,000.</p><p>Earlier this week the hospice revealed it had been awarded £1.24 million.</p><p>READ MORE: Council to spend £14m on Hollowell bypass</p>")
	if len(r.Awards) != 2 || r.Awards[1].Recipient != "Ashgrove Hospice" {
		t.Errorf("reported it: %+v", r.Awards)
	}
	r = parseHTML(t, "<ul><li>Rural Transport Microgrants - up to GBP 2,500 for community transport schemes</li></ul><p>The grants come at a difficult time for the ICB, which has an annual budget of £1.9 billion.</p>")
	if len(r.Awards) != 0 || len(r.Limits) != 0 {
		t.Errorf("microgrants and ICB: %+v %+v", r.Awards, r.Limits)
	}
	r = parseHTML(t, "<p>22 councils were allocated £96 million from the Brownfield Homes Accelerator.</p><p>The money, from the first funding round of the £240 million accelerator, will pay for remediation.</p><p>Our Winter Warmth Fund budget for 2026/27 was £150,000.</p>")
	if len(r.Limits) != 2 || r.Limits[0].Fund != "Brownfield Homes Accelerator" || r.Limits[1].Fund != "Winter Warmth Fund" {
		t.Errorf("limits: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>Twelve community organisations share £2.34m through Culture Connects.</p><p>Culture Connects has a budget of £4.5 million for 2026–2028.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Culture Connects" || len(r.Limits) != 1 || r.Limits[0].Fund != "Culture Connects" {
		t.Errorf("brand programme: %+v %+v", r.Rounds, r.Limits)
	}
}

// TestBatchesOfNamedProgrammes: "£22.1 million of Specialist Skills
// Capital for nine providers and £9.4 million of T Level Equipment
// Grants" are two batches; "since 2020" after a clause about floods makes
// no recap; an arts council's "programme" is no fund of its own.
func TestBatchesOfNamedProgrammes(t *testing.T) {
	r := parseHTML(t, "<p>The Department for Education also confirmed £22.1 million of Specialist Skills Capital for nine providers and £9.4 million of T Level Equipment Grants, taking the total to £126 million.</p>")
	if len(r.Rounds) != 2 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>The Environment Agency has confirmed £5.4m from its Catchment Resilience Fund for three schemes upstream of towns hit repeatedly by flooding since 2020.</p><p>Since 1994 we have awarded more than £9billion to over 50,000 projects.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 5400000 {
		t.Errorf("since: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Five arts organisations will share £2.65 million in the second round of Building Futures, the Arts Council of Wales programme for arts buildings.</p>")
	if len(r.Funds) != 1 || r.Funds[0] != "Building Futures" {
		t.Errorf("funds: %v", r.Funds)
	}
}

// TestApieceAfterALabel: "A and B – £4.25 million apiece" is one award to
// each.
func TestApieceAfterALabel(t *testing.T) {
	r := parseHTML(t, "<ul><li>Northwold County Council and Fenmoor County Council – £4.25 million apiece for sites next to the stations</li></ul>")
	if len(r.Awards) != 2 || r.Awards[1].Recipient != "Fenmoor County Council" || r.Awards[1].Amount != 4250000 {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestSocialPost: a post's JSON-LD date, a headline with an ellipsis
// before the grantee, and a job advert's pay with equity.
func TestSocialPost(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","datePublished":"2026-11-25T08:14:37.000Z","headline":"Some news we've been sitting on for weeks... Tessellate Health has been awarded £748k!"}</script></head><body><main><h1>Some news we've been sitting on for weeks... Tessellate Health has been awarded £748k!</h1><p>Tessellate Health has been awarded £748k from Innovate UK's Frontier AI Catalyst!</p><p>And yes, we're hiring! 3 x ML Engineers (£70–85k + equity), fully remote UK.</p></main></body></html>`
	r, err := Parse(strings.NewReader(page), Meta{}, Options{})
	if err != nil || r.Published != "2026-11-25" {
		t.Fatalf("date: %q %v", r.Published, err)
	}
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Tessellate Health" || len(r.Rounds) != 0 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestLabelledProgrammesAndBilingualNames: "Local Roots: 371 grants
// totalling £2,604,300" is Local Roots' batch; "Cyngor Sir Glannau /
// Glannau County Council: £2.85m" names the council; a second round that
// "will be announced in the autumn" is still to come.
func TestLabelledProgrammesAndBilingualNames(t *testing.T) {
	r := parseHTML(t, "<ul><li>Local Roots: 371 grants totalling £2,604,300</li><li>Stronger Together: 41 grants totalling £9,112,800</li></ul>")
	if len(r.Rounds) != 2 || r.Rounds[0].Fund != "Local Roots" || r.Rounds[1].Fund != "Stronger Together" {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Eleven projects will share £21 million from the Thriving Towns Programme.</p><ul><li>Cyngor Sir Glannau / Glannau County Council: £2.85m for the old market</li></ul><p>A second allocation round for 2026-27 will be announced in the autumn.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Glannau County Council" {
		t.Errorf("awards: %+v", r.Awards)
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Round != nil {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestSubjectBeforeWith: "Country clubs will get better grounds, lights
// and change rooms, with 48 projects across regional NSW sharing $18.5m"
// is the batch of 48, while a named body or a counted group before an
// aside keeps the subject.
func TestSubjectBeforeWith(t *testing.T) {
	r := parseHTML(t, "<p>Country clubs will get better grounds, lights and change rooms, with 48 projects across regional NSW sharing $18.5 million in round two of the Country Sporting Grounds Program.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Projects != 48 || *r.Rounds[0].Round != 2 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Twelve community-led arts organisations, from Shetland to the Scottish Borders, will share £2.34m through Culture Connects.</p><p>Comann Ceòl na h-Àirde, a Gaelic music and song group on the Isle of Lewis, will receive £88,500.</p>")
	if len(r.Awards) != 1 || !strings.HasPrefix(r.Awards[0].Recipient, "Comann Ceòl") || len(r.Rounds) != 1 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestFeedAndRespectivelyRun: an Atom feed given as a page is read entry by
// entry, with its HTML content unescaped and the entry's date; a
// "respectively" run after an earlier award in the same sentence has its
// own subject.
func TestFeedAndRespectivelyRun(t *testing.T) {
	feed := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>tag:x</id><updated>2025-09-30T13:05:22-03:00</updated>
<entry><title type="text">Foundation commits $2.4 million to seven trail projects</title><id>e1</id>
<published>2025-09-30T13:00:00-03:00</published><updated>2025-09-30T13:05:22-03:00</updated>
<content type="html">&lt;p&gt;The Fundy Shore Pathways Association has been awarded $520,000 for boardwalks, and the Northumberland Strait Trails Co-operative and the LaHave River Greenway Society will receive $310,000 and $285,000 respectively for signage.&lt;/p&gt;</content></entry></feed>`
	r, err := Parse(strings.NewReader(feed), Meta{URL: "https://www.maritimetrails.ca/news/feed.atom"}, Options{})
	if err != nil || r.Published != "2025-09-30" || strings.Contains(r.Text, "&lt;") {
		t.Fatalf("feed: %q %v", r.Published, err)
	}
	got := map[string]int64{}
	for _, a := range r.Awards {
		got[a.Recipient] = a.Amount
	}
	if len(r.Awards) != 3 || got["LaHave River Greenway Society"] != 285000 || got["Fundy Shore Pathways Association"] != 520000 || r.Awards[0].Currency != "CAD" {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestTableColumnsAndRecords: the "Grant awarded (£)" column wins over
// "Total project cost (£)", a purpose column that mentions the grant is
// no amount column, and a key/value table of one grant's facts gives that
// grant with its yearly split.
func TestTableColumnsAndRecords(t *testing.T) {
	r := parseHTML(t, `<table><tr><th>Organisation</th><th>Project</th><th>Total project cost (£)</th><th>Grant awarded (£)</th></tr><tr><td>Windrush Valley Academy</td><td>Walling</td><td>61,400</td><td>42,000</td></tr><tr><td>Lime Works Trust</td><td>Mortar</td><td>88,000</td><td>48,250</td></tr></table>`)
	if len(r.Awards) != 2 || r.Awards[0].Amount != 42000 || r.Awards[1].Amount != 48250 {
		t.Errorf("cost column: %+v", r.Awards)
	}
	r = parseHTML(t, `<table><tr><th>Organisation</th><th>Amount</th><th>What the grant is for</th></tr><tr><td>Bramblehurst Allotment Society</td><td>£4,850</td><td>Raised beds</td></tr><tr><td>Tuesday Club for Carers</td><td>£2,500</td><td>Trips</td></tr></table>`)
	if len(r.Awards) != 2 || r.Awards[0].Amount != 4850 {
		t.Errorf("purpose column: %+v", r.Awards)
	}
	r = parseHTML(t, `<h3>HydroPort Solent</h3><table><tr><th scope="row">Lead organisation</th><td>Solent Marine Hydrogen Ltd</td></tr><tr><th scope="row">Total project cost</th><td>£6,150,000</td></tr><tr><th scope="row">Grant awarded</th><td>£4,200,000 (£1,600,000 in 2024/25; £2,600,000 in 2025/26)</td></tr></table>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Solent Marine Hydrogen Ltd" || r.Awards[0].Amount != 4200000 || len(r.Awards[0].Tranches) != 2 {
		t.Errorf("record table: %+v", r.Awards)
	}
}

// TestSet13Shapes: names after the figures a "respectively" run covers
// when a yearly split follows, a grant "of up to £X to <Body>" as an
// award, an application from a body as money asked for, items of
// "Name, Town;" with "£X each", and grant cards with a town line.
func TestSet13Shapes(t *testing.T) {
	r := parseHTML(t, "<p>(a) approves grants from the Skills Capital Fund of £1,275,000 and £640,000 to Ashgate College and Northfleet Training Partnership respectively, the grant to Ashgate College to be paid as £500,000 in 2024/25 and £775,000 in 2025/26;</p><p>(b) approves a grant of up to £410,000 to Calder Bank Engineering Academy for a workshop;</p><p>Members also discussed the application from Orchard Street Learning Ltd (£220,000), which was not supported.</p>")
	got := map[string]int64{}
	for _, a := range r.Awards {
		got[a.Recipient] = a.Amount
	}
	if got["Ashgate College"] != 1275000 || got["Northfleet Training Partnership"] != 640000 || got["Calder Bank Engineering Academy"] != 410000 || got["Orchard Street Learning Ltd"] != 0 {
		t.Errorf("awards: %+v", r.Awards)
	}
	r = parseHTML(t, "<ul><li>Kettle Yard Music Hall, Wigan; The Old Chapel, Kendal; and Dock Street Social, Barrow-in-Furness – £50,000 each to install accessible entrances</li></ul>")
	if len(r.Awards) != 3 || r.Awards[2].Recipient != "Dock Street Social" {
		t.Errorf("each with towns: %+v", r.Awards)
	}
	r = parseHTML(t, `<article class="card"><h3>Friends of Hatherley Park</h3><p>Cheltenham</p><p>£14,500</p><p>Accessible toilets</p></article><article class="card"><h3>Millfield Men's Shed</h3><p>Peterborough</p><p>£9,800</p></article>`)
	if len(r.Awards) != 2 || r.Awards[0].Recipient != "Friends of Hatherley Park" || r.Awards[1].Recipient != "Millfield Men's Shed" {
		t.Errorf("cards: %+v", r.Awards)
	}
}

// TestDatesFromClassesAndAddresses: a date in an element whose class names
// a date, in the page's address, and an "updated" date as the last resort.
func TestDatesFromClassesAndAddresses(t *testing.T) {
	for page, want := range map[string]string{
		`<html><body><div class="main-col"><h1>Clubs share £2.3m</h1><p class="news-date">30/08/2022</p><div class="news-body"><p>Hill Club gets £5,000.</p><p>More text here about clubs.</p></div></div></body></html>`: "2022-08-30",
		`<html><head><link rel="canonical" href="https://www.sport.wales/media-centre/latest-news/2020-10-05-more-than-400-clubs-helped/"></head><body><article><p>Hill Club gets £5,000.</p></article></body></html>`:    "2020-10-05",
		`<html><body><article><p>Hill Club gets £5,000.</p></article><div class="last-updated"><p>This page was last updated on 2 April 2025</p></div></body></html>`:                                                     "2025-04-02",
	} {
		r, err := Parse(strings.NewReader(page), Meta{}, Options{})
		if err != nil || r.Published != want {
			t.Errorf("%.50s: got %q, want %s", page, r.Published, want)
		}
	}
}

// TestSet12Shapes: names set off by dashes after a counted subject that
// "will each receive", a partnership "led by" its lead after a figure, a
// table of grant rates ("up to £7,500"), a heading that is a scheme's
// name, and a future round "of up to £22m will be available".
func TestSet12Shapes(t *testing.T) {
	r := parseHTML(t, "<p>Three smaller schemes – Kesteven Good Neighbours, Ancholme Volunteer Drivers and Trentside Link – will each receive £45,000 over the two years.</p><p>A further £3.1m will go to the Canalside Homes Partnership, led by Weoley Housing Group, to build homes.</p>")
	if got := recipients(r); got != "Kesteven Good Neighbours|Ancholme Volunteer Drivers|Trentside Link|Weoley Housing Group" {
		t.Errorf("awards: %q", got)
	}
	r = parseHTML(t, `<h1>Clean Heat Switch Scheme</h1><p>The Clean Heat Switch Scheme is run by the Department for the Economy.</p><table><tr><th>Measure</th><th>Grant</th></tr><tr><td>Air source heat pump</td><td>up to £7,500</td></tr><tr><td>Ground source heat pump</td><td>up to £11,000</td></tr></table><p>£12 million is available for the scheme in 2025-26.</p>`)
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Fund != "Clean Heat Switch Scheme" {
		t.Errorf("rates and scheme: %+v %+v", r.Awards, r.Limits)
	}
	r = parseHTML(t, "<p>Six providers will share £17.9 million in the first round of the GM Retrofit Accelerator.</p><p>A second round of up to £22m will be available in 2024/25.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 1 || len(r.Limits) != 1 || r.Limits[0].Amount != 22000000 {
		t.Errorf("future round: %+v %+v", r.Rounds, r.Limits)
	}
}

// TestMoreSet12Shapes: a round's fund named by "round of" wins over a
// lottery programme beside it, "Smaller awards go to A and B, which
// receive £X and £Y respectively", a yearly split after ", split", and
// "supported two operators with £1.9m".
func TestMoreSet12Shapes(t *testing.T) {
	r := parseHTML(t, "<p>Arts Council of Wales has today confirmed seven awards totalling £412,000 in the second round of New Stages, its National Lottery programme for venues.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "New Stages" {
		t.Errorf("round of: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Smaller awards go to the Isle of Carrach Heritage Trust and Lismara Community Shop Ltd, which receive £189,000 and £96,750 respectively, for a bunkhouse.</p><p>Ynni Cwm Gwyrdd Cyf gets £950,000 for a hydro scheme in the upper Conwy valley, split £150,000 in 2022 to 2023 and £800,000 in 2023 to 2024.</p>")
	if len(r.Awards) != 3 || r.Awards[1].Recipient != "Lismara Community Shop Ltd" || len(r.Awards[2].Tranches) != 2 || r.Awards[2].Amount != 950000 {
		t.Errorf("awards: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>The Coach Decarbonisation Challenge opens its second round. The first round, in 2022, supported two operators with £1.9m.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 1 || *r.Rounds[0].Total != 1900000 {
		t.Errorf("supported operators: %+v", r.Rounds)
	}
}

// TestNegativeWindowOpeningWithPhrase: a window that opens with a negative
// phrase ("a week") is negative like one that has it later.
func TestNegativeWindowOpeningWithPhrase(t *testing.T) {
	if !negativeWindow("a week # more") || !negativeWindow("staff are paid £x a week") {
		t.Error("a week not seen")
	}
}

// TestBudgetTablesAndCountedObjects: a table of a fund's budget by
// financial year gives a limit per year; "$1.86 million to six community
// makerspaces across Northern Ontario" is a batch of six.
func TestBudgetTablesAndCountedObjects(t *testing.T) {
	r := parseHTML(t, `<table><caption>Energy Fund budget by financial year</caption><tr><th>Financial year</th><th>Budget</th></tr><tr><td>2024-25</td><td>£5.0m</td></tr><tr><td>2025-26</td><td>£6.5m</td></tr><tr><td>Total</td><td>£11.5m</td></tr></table>`)
	if len(r.Limits) != 2 || *r.Limits[1].Period != "2025/26" || r.Limits[1].Amount != 6500000 || r.Limits[0].Fund != "Energy Fund" {
		t.Errorf("budget table: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>The Boreal Futures Foundation has awarded $1.86 million to six community makerspaces across Northern Ontario in the second intake of its Makerspace Capital Fund.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 1860000 {
		t.Errorf("counted object: %+v %+v", r.Awards, r.Rounds)
	}
}

// TestProgrammeShareAvailable: "£7.1 million of the programme's funding
// is available in the 2019 to 2020 financial year, with the remainder in
// 2020 to 2021" is a limit for 2019/20; "the £36 million Violence
// Reduction Challenge, which runs until March 2025" is the fund's limit
// though "reduction" is in its name.
func TestProgrammeShareAvailable(t *testing.T) {
	r := parseHTML(t, "<p>Twelve areas will share £5m from the Community Safety Transformation Programme. £7.1 million of the programme’s funding is available in the 2019 to 2020 financial year, with the remainder in 2020 to 2021.</p><p>The money is from the £36 million Violence Reduction Challenge, which runs until March 2025.</p>")
	if len(r.Limits) != 2 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2019/20" || r.Limits[0].Fund != "Community Safety Transformation Programme" || r.Limits[1].Amount != 36000000 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// TestSet14Shapes: a "(£000)" unit in the line above a table, "Following
// the Round 2 awards, £1.688m of the £8m programme budget remains
// available", and a meeting date in a long date block and a review date
// that never beats a visible one.
func TestSet14Shapes(t *testing.T) {
	r := parseHTML(t, `<p>Five projects share £3.4m from the Culture and Place Capital Grant.</p><p><strong>Table 1: Round 2 awards (£000)</strong></p><table><tr><th>Applicant</th><th>2026/27</th><th>2027/28</th><th>Total</th></tr><tr><td>Millbrook Theatre Trust</td><td>450</td><td>600</td><td>1,050</td></tr><tr><td>Pennine Makers CIC</td><td>95</td><td>130</td><td>225</td></tr></table><p>Following the Round 2 awards, £1.688m of the £8m programme budget remains available for Round 3.</p>`)
	if len(r.Awards) != 2 || r.Awards[0].Amount != 1050000 || len(r.Awards[0].Tranches) != 2 {
		t.Errorf("unit above table: %+v", r.Awards)
	}
	if got := scopedLimits(r); got != "remaining:1688000|fund:8000000" {
		t.Errorf("remains available: %q", got)
	}
	for page, want := range map[string]string{
		`<html><body><div class="mgMeetingDate"><p>Date: Monday, 7th December, 2026 10.00 am</p><p>Venue: Committee Room 1, Wellington House, Hebbleton, a long address line</p><p>Contact: Governance Services</p></div><article><p>Hill Club gets £5,000.</p></article></body></html>`: "2026-12-07",
		`<html><body><article><p class="small">10 December 2026</p><p>Hill Club gets £5,000.</p></article><div class="nhsuk-review-date"><p>Page last reviewed: 10 November 2026<br>Next review due: 10 December 2027</p></div></body></html>`:                                           "2026-12-10",
	} {
		r, err := Parse(strings.NewReader(page), Meta{}, Options{})
		if err != nil || r.Published != want {
			t.Errorf("%.40s: %q, want %s", page, r.Published, want)
		}
	}
}

// TestMoreSet14Shapes: "receive the largest awards, of £8.2m and £7.9m
// respectively", "The other six centres, at A, B and C, will each
// receive", a brand programme "from Warm Together, a National Lottery
// programme", a label "X, led by Y –", and "Community-led housing
// projects" as a batch.
func TestMoreSet14Shapes(t *testing.T) {
	r := parseHTML(t, "<p>The University of Northfold and Kingsmere University receive the largest awards, of £8.2m and £7.9m respectively. The other six centres, at Ellerby University, the University of East Mercia and Solway University, will each receive around £6m over five years.</p>")
	if len(r.Awards) != 5 || r.Awards[1].Amount != 7900000 || r.Awards[4].Recipient != "Solway University" {
		t.Errorf("awards: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>57 community groups will share more than £4.1 million from Warm Together, a National Lottery programme supporting people through the winter.</p><ul><li>Fetlar Housing Partnership, led by North Isles Development Trust – £1.47 million for 10 homes</li></ul><p>Community-led housing projects on five islands will receive a total of £6.8 million in the first round of the Island Homes Pathfinder.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "North Isles Development Trust" {
		t.Errorf("led by label: %+v", r.Awards)
	}
	if len(r.Rounds) != 2 || r.Rounds[1].Fund != "Warm Together" && r.Rounds[0].Fund != "Warm Together" {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestSet15Shapes: "£450,000 each for A and B", a subject with "one of the
// five partner forces" as an aside, and a count-led "-led" phrase.
func TestSet15Shapes(t *testing.T) {
	r := parseHTML(t, "<p>£450,000 each for Severnside Police and Marchshire Constabulary to trial panels.</p><p>Northmoor Constabulary, one of the five partner forces, also secured £415,000 in the same round.</p><p>Fourteen council-led housing schemes will share £38.5m from the first wave of the Homes Fund.</p>")
	if got := recipients(r); got != "Severnside Police|Marchshire Constabulary|Northmoor Constabulary" {
		t.Errorf("awards: %q", got)
	}
}

// TestMoreLimitShapes: "the three-year, £60m fund"; a CCG's own budget, a
// combined authority's devolved budget and a council's capital programme
// are no limits; "bid for a share of £18 million" is the pot, and merges
// with the same figure given for a year.
func TestMoreLimitShapes(t *testing.T) {
	r := parseHTML(t, "<p>The Neighbourhood Policing Innovation Fund opened.</p><p>The money, confirmed in the first round of the three-year, £60m fund, will be paid next year.</p><p>NHS Tamarside Clinical Commissioning Group plans and buys health services, with a budget of £412 million in 2018/19.</p><p>Councillors also approved a £24.5m capital programme for the next three years.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 60000000 {
		t.Errorf("limits: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>Councils can now bid for a share of £18 million from the Rural Bus Connections Fund.</p><p>£18 million is available in the 2026 to 2027 financial year.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Period == nil {
		t.Errorf("share of: %+v", r.Limits)
	}
}

// TestCommittedToProgramme: money committed to a programme over years is
// its budget, not an award to it.
func TestCommittedToProgramme(t *testing.T) {
	r := parseHTML(t, "<p>The Scottish Government has committed £25 million to the Island Homes Pathfinder over the next five years.</p><p>NIHR has committed £50 million to Prevention Research Partnerships between 2026 and 2031.</p><p>The Home Office has awarded £2m to Hull City Council.</p>")
	if len(r.Limits) != 2 || r.Limits[1].Fund != "Prevention Research Partnerships" || len(r.Awards) != 1 || r.Awards[0].Recipient != "Hull City Council" {
		t.Errorf("limits %+v awards %+v", r.Limits, r.Awards)
	}
}

// TestRoundsOpeningLater: "the fourth round opening to applications in
// January" and a "Third call to open in December" heading are still to
// come; "a programme which pays for councils to open homes" is not.
func TestRoundsOpeningLater(t *testing.T) {
	r := parseHTML(t, "<p>Almost £3 million has been awarded to 12 organisations through the third round of Seaside Futures.</p><p>A further £4 million is available this financial year, with the fourth round opening to applications in January.</p><h2>Fifth call to open in December</h2>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 3 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Nineteen councils will share £48m from the second round of the Homes Capacity Programme, which pays for councils to open or expand their own homes.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 2 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestSet16Shapes: a "layout--sidebar" wrapper around the article is
// content; "will each get £300,000: A, B (led by C) and D" gives A, C, D.
func TestSet16Shapes(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><body><main><div class="hero"><h1>£5.2m for arts venues</h1></div><div class="layout layout--sidebar"><div class="layout__content"><p>Nineteen organisations will share £5.2 million.</p><p>Grants ranged widely.</p><ul><li>Tynebank Arts Centre, Gateshead – £480,000 to replace its roof</li></ul><p>More text.</p></div></div></main></body></html>`), Meta{}, Options{})
	if err != nil || len(r.Awards) != 1 || r.Awards[0].Recipient != "Tynebank Arts Centre" {
		t.Errorf("layout: %+v %v", r.Awards, err)
	}
	r = parseHTML(t, "<p>Three employer-led partnerships will each get £300,000: the Solar Installers Network, the Heatpump Skills Collective (led by Riverside Training Group) and the Westmere Retrofit Alliance.</p>")
	if got := recipients(r); got != "Solar Installers Network|Riverside Training Group|Westmere Retrofit Alliance" {
		t.Errorf("each get: %q", got)
	}
}

// TestInvestingInNewPartnerships: "investing £22.5 million in five new
// partnerships that will help researchers ..." is a batch, not an award
// to the phrase.
func TestInvestingInNewPartnerships(t *testing.T) {
	r := parseHTML(t, "<p>The NIHR is investing £22.5 million in five new partnerships that will help researchers use routinely collected data safely.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestEachAfterFigureAndRequested: "A and B are getting £50,000 each"
// gives one award to each; "X - GBP 25,000 requested" is an ask.
func TestEachAfterFigureAndRequested(t *testing.T) {
	r := parseHTML(t, "<ul><li><strong>Greystone Netball League</strong> and <strong>Hallam Rise Tennis Club</strong> are getting £50,000 each to resurface courts.</li></ul><p>Calder Valley Mind - GBP 25,000 requested. Deferred until June.</p>")
	if len(r.Awards) != 2 || r.Awards[1].Recipient != "Hallam Rise Tennis Club" {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestFundWorthAndHedgedTotals: "The fund, worth £60m in total this year,
// drew 96 bids" is the fund's limit, not a batch of 96; a hedged total
// yields to the exact one for the same round.
func TestFundWorthAndHedgedTotals(t *testing.T) {
	r := parseHTML(t, "<p>Twelve projects share £19m from the Police Innovation Fund.</p><p>The fund, worth £60m in total this year, drew 96 bids asking for £182m between them.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 60000000 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 19000000 {
		t.Errorf("limits %+v rounds %+v", r.Limits, r.Rounds)
	}
	r = parseHTML(t, "<p>Twenty-four projects will share almost £32 million in the second round of the Police Innovation Fund.</p><p>The second round totals £31.8 million.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 31800000 || r.Rounds[0].Qualifier != nil {
		t.Errorf("hedged total: %+v", r.Rounds)
	}
}

// TestSet16More: yearly parts after ", with", a partnership "led by" its
// lead inside a "respectively" subject, and table rows whose decision is
// to defer or refuse.
func TestSet16More(t *testing.T) {
	r := parseHTML(t, "<p>Calderbrook Hospitals NHS Foundation Trust has been awarded £3.2 million from the Diagnostic Expansion Programme, with £1.9 million in 2025/26 and £1.3 million in 2026/27.</p><p>The University of Carrow and the Severnside Health Research Partnership, led by Severnside University Hospitals NHS Foundation Trust, receive £5.2 million and £3.8 million respectively.</p>")
	if len(r.Awards) != 3 || len(r.Awards[0].Tranches) != 2 || r.Awards[2].Recipient != "Severnside University Hospitals NHS Foundation Trust" || len(r.Limits) != 0 {
		t.Errorf("awards %+v limits %+v", r.Awards, r.Limits)
	}
	r = parseHTML(t, `<table><tr><th>Applicant</th><th>Project</th><th>Total £</th><th>Decision</th></tr><tr><td>Hill Trust</td><td>Roof</td><td>120,000</td><td>Approve</td></tr><tr><td>Kingsway Arcade Ltd</td><td>Lighting</td><td>250,000</td><td>Defer</td></tr></table>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Hill Trust" {
		t.Errorf("decision column: %+v", r.Awards)
	}
}

// TestDemonstratorsAndRoundUpdates: a "Demonstrator" is a programme; "sign
// up for updates on round 3" names a round still to come.
func TestDemonstratorsAndRoundUpdates(t *testing.T) {
	r := parseHTML(t, "<p>Fourteen projects will share £12.6 million from the Freight Decarbonisation Demonstrator, delivered by Innovate UK.</p><p>42 buildings will be restored in the second round of the Neighbourhood Buildings Fund, which shares £18.4m.</p><ul><li>Councils can sign up for updates on round 3 through the fund prospectus page.</li></ul>")
	if len(r.Rounds) != 2 || r.Rounds[1].Fund != "Freight Decarbonisation Demonstrator" && r.Rounds[0].Fund != "Freight Decarbonisation Demonstrator" {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	for _, x := range r.Rounds {
		if x.Round != nil && *x.Round == 3 {
			t.Errorf("round 3 is still to come: %+v", x)
		}
	}
}

// TestGranteeHeadlineAndDeferredRounds: "Brightwater awarded £1.45 million
// to expand virtual care" is the grantee's headline, not a batch; bids
// "deferred to the second round" name a round still to come, while
// projects that "go ahead after the third round" do not.
func TestGranteeHeadlineAndDeferredRounds(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><body><article><h1>Brightwater awarded £1.45 million to expand virtual care</h1><p>Brightwater NHS Foundation Trust has been awarded £1.45 million to expand remote monitoring.</p></article></body></html>`), Meta{}, Options{})
	if err != nil || len(r.Rounds) != 0 || len(r.Awards) != 1 {
		t.Errorf("headline: %+v %+v %v", r.Rounds, r.Awards, err)
	}
	r = parseHTML(t, "<p>Seventeen projects will share £19.4 million in the first round of the Police Collaboration Fund.</p><p>Proposals worth a further £14 million have been deferred to the second round.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 1 {
		t.Errorf("deferred: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>Fourteen projects will go ahead after the third round of our Bright Ideas Fund awarded £512,000.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 3 {
		t.Errorf("go ahead: %+v", r.Rounds)
	}
}

// TestGrowsToAndTaking: "The fund will grow to £175 million in 2017/18" is
// its limit; "a Kestrel Vale ICB-led consortium taking the biggest award
// of £2m" gives the lead that award.
func TestGrowsToAndTaking(t *testing.T) {
	r := parseHTML(t, "<p>Seventeen projects were awarded £19.4m from the Police Innovation Fund. The fund will grow to £175 million in 2017/18.</p><p>Thirty-one areas have won a share of £12.7m from the Care Accelerator Fund, with a Kestrel Vale ICB-led consortium taking the biggest award of £2m.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 175000000 || *r.Limits[0].Period != "2017/18" {
		t.Errorf("limits: %+v", r.Limits)
	}
	if got := recipients(r); got != "Kestrel Vale ICB" {
		t.Errorf("awards: %q", got)
	}
}

// TestDatesFromAbbrAndTitle: an hAtom <abbr title> gives a short visible
// date its year; a page title that carries a date (a meeting's agenda)
// is the last resort before the "last updated" date.
func TestDatesFromAbbrAndTitle(t *testing.T) {
	for page, want := range map[string]string{
		`<html><body><div class="post"><abbr title="Thursday 3 April 2025 at 09:14">3 April at 09:14</abbr><p>Hill Club gets £5,000 from the Community Fund.</p></div></body></html>`:                                 "2025-04-03",
		`<html><body><article><abbr class="published" title="2019-06-18T10:00:00Z">18 June</abbr><p>Hill Club gets £5,000.</p></article></body></html>`:                                                               "2019-06-18",
		`<html><head><title>Agenda for Cabinet on Tuesday, 25th March, 2025, 6.30 pm | Brackenfield Borough Council</title></head><body><table><tr><td><p>Hill Club gets £5,000.</p></td></tr></table></body></html>`: "2025-03-25",
		`<html><body><article><abbr title="Freedom of Information">FOI</abbr><p>Hill Club gets £5,000.</p></article></body></html>`:                                                                                   "",
	} {
		r, err := Parse(strings.NewReader(page), Meta{}, Options{})
		if err != nil || r.Published != want {
			t.Errorf("%.60s: got %q, want %q", page, r.Published, want)
		}
	}
}

// TestDatesFromLabelsAndAnswers: a written answer is published the day
// it is answered, not the day it was tabled; a report's "Date of
// publication" row outranks its decision date, which outranks nothing;
// a short page-header metadata line carries the date.
func TestDatesFromLabelsAndAnswers(t *testing.T) {
	for page, want := range map[string]string{
		`<html><body><main><p class="meta">Question for Home Office, tabled on <time datetime="2017-03-13">13 March 2017</time></p><p>To ask how much the Rural Fund has awarded.</p><h2>Answered on <time datetime="2017-03-20">20 March 2017</time></h2><p>Hill Constabulary was awarded £577,000.</p></main></body></html>`: "2017-03-20",
		`<html><body><main><div>UIN 158234, tabled on 6 March 2023</div><div>Answered on</div><div>14 March 2023</div><p>Hill Unit was awarded £480,000.</p></main></body></html>`:                                                                                                                                             "2023-03-14",
		`<html><body><table><tr><th>Decision date:</th><td>12/09/2024</td></tr><tr><th>Date of publication:</th><td>13/09/2024</td></tr></table><main><p>Hill Club gets £5,000.</p></main></body></html>`:                                                                                                                      "2024-09-13",
		`<html><body><table><tr><th>Date of meeting:</th><td>16 October 2024</td></tr></table><main><p>Hill Club gets £5,000.</p></main></body></html>`:                                                                                                                                                                        "2024-10-16",
		`<html><body><div class="page-header__meta">News announcement | 5 December 2024 | Executive Agency</div><main><p>Hill Club gets £5,000.</p></main></body></html>`:                                                                                                                                                      "2024-12-05",
		`<html><body><div class="row"><div class="col-md-8"><h1>The future of adult learning</h1><div class="consultation-dates"><dl><dt>Opened</dt><dd>5 Jan 2029, 09:00</dd><dt>Closes</dt><dd>16 Mar 2029, 23:59</dd></dl></div><div class="overview"><h2>Overview</h2><p>Wrenfield Adult Learning runs around 900 courses a year. The three centres together cost £118,000 a year to run before any teaching takes place.</p><p>No decision has been made. We will look at all the responses before the Cabinet makes a decision in June 2029.</p></div></div></div></body></html>`: "2029-01-05",
		`<html><body><table><tr><th>Date</th><th>Grant</th></tr><tr><td>Hill Club</td><td>£5,000</td></tr></table></body></html>`: "",
	} {
		r, err := Parse(strings.NewReader(page), Meta{}, Options{})
		if err != nil || r.Published != want {
			t.Errorf("%.60s: got %q, want %q", page, r.Published, want)
		}
	}
	r, err := Parse(strings.NewReader("UIN 11842, tabled on 29 January 2024\n\nAnswered on 6 February 2024 by the Minister\n\nHill Council was awarded £1.2m from the Parks Fund.\n"), Meta{ContentType: "text/plain"}, Options{})
	if err != nil || r.Published != "2024-02-06" {
		t.Errorf("plain text answer: %q %v", r.Published, err)
	}
}

// TestFromOurProgramme: "the latest awards from our Community Facilities
// Boost" names the publisher's own programme, though it has no fund word.
func TestFromOurProgramme(t *testing.T) {
	r := parseHTML(t, "<p>More than 60 clubs will share £4.2 million in the latest awards from our Community Facilities Boost.</p><p>Kelsey Rowing Club receives £148,000 to replace its pontoon.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Community Facilities Boost" || len(r.Awards) != 1 || r.Awards[0].Fund != "Community Facilities Boost" {
		t.Errorf("rounds %+v awards %+v", r.Rounds, r.Awards)
	}
	if r := parseHTML(t, "<p>Ten clubs received £40,000 in grants from our partners at Hill County Council.</p>"); len(r.Funds) != 0 {
		t.Errorf("a partner is no programme: %v", r.Funds)
	}
}

// TestGrantsBulletinShapes: a plain-text trust bulletin — a description
// on its own line after the figure ("Affordable loans outreach worker"
// is no loan), "A and B GBP 2,500 each", a "Total approved: £X (N
// grants)" line, a "budget for 2025/26:   GBP X" field, and a grants
// notice's "Award Ceiling: $X", which is nobody's award.
func TestGrantsBulletinShapes(t *testing.T) {
	text := "GRANTS BULLETIN\nOpen Grants - spring 2025 round\n\nAPPROVED\n\n 1. Brindle Street Credit Union\n    GBP 12,000\n    Affordable loans outreach worker (part-time)\n\n 2. Ferngate Sea Cadets and Ferngate Scout Group\n    GBP 2,500 each\n    Minibus running costs\n\n Total approved at this meeting: GBP 17,000 (3 grants)\n\nBUDGET\n\n Open Grants budget for 2025/26:           GBP 300,000\n The Trustees do not normally fund salaries above GBP 35,000\n FTE or make grants above GBP 40,000 in any one year.\n"
	r := parsePage(t, text, Meta{ContentType: "text/plain"})
	if got := recipients(r); got != "Brindle Street Credit Union|Ferngate Sea Cadets|Ferngate Scout Group" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 17000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 3 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 300000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2025/26" {
		t.Errorf("limits: %+v", r.Limits)
	}
	r = parsePage(t, "Funding Opportunity Title:     Rural Cold Storage Grants\nAward Ceiling:                 $1,000,000\nAward Floor:                   $100,000\n", Meta{ContentType: "text/plain"})
	if len(r.Awards) != 0 {
		t.Errorf("notice fields: %+v", r.Awards)
	}
}

// TestEachReceiveOverAList: "Six organisations will each receive
// £25,000:" over a list of names gives the figure to each name; a list
// whose items carry their own figures, or that runs past the count, does
// not.
func TestEachReceiveOverAList(t *testing.T) {
	r := parseHTML(t, "<p>The Commissioner has awarded £100,000 through the Safer Streets Fund.</p><p>Three organisations will each receive £25,000 for twelve months:</p><ul><li>Barrow Women’s Network</li><li>Dorset Heathland Alliance – linking heathland fragments</li><li>Whitehaven Safe Spaces CIC</li><li>Keswick Walkers</li></ul>")
	if got := recipients(r); got != "Barrow Women’s Network|Dorset Heathland Alliance|Whitehaven Safe Spaces CIC" {
		t.Errorf("awards: %q", got)
	}
	for _, a := range r.Awards {
		if a.Amount != 25000 {
			t.Errorf("amount: %+v", a)
		}
	}
	r = parseHTML(t, "<p>Two groups will each receive £5,000:</p><ul><li>Hill Club: £5,000 for nets</li><li>Dale Club: £5,000 for kit</li></ul>")
	if len(r.Awards) != 2 {
		t.Errorf("items with figures: %+v", r.Awards)
	}
}

// TestProjectTitleThenHost: "Project title (University of X) – £Y" gives
// the host the award; a name with its place in brackets keeps the name.
func TestProjectTitleThenHost(t *testing.T) {
	r := parseHTML(t, "<p>The NIHR has awarded £4.5 million to three studies.</p><p><strong>Befriending by phone and video (University of Exeter)</strong> – £1.62 million to run a randomised trial.</p><p>Anthracite Valley Kids' Place, Inc. (Schuylkill County) – £40,000 for a playground.</p>")
	if got := recipients(r); got != "University of Exeter|Anthracite Valley Kids' Place" {
		t.Errorf("awards: %q", got)
	}
}

// TestGrantCardsAndProgrammeBackReference: a grant card's heading names
// the grantee over a project line and "Grant: $X"; "Round 2 ... will
// invest $6.9 million across six projects" is the round; "The
// Accelerator is a $30 million, four-year program" is the budget of the
// Accelerator just named.
func TestGrantCardsAndProgrammeBackReference(t *testing.T) {
	r := parseHTML(t, `<p>Round 2 of the Critical Minerals Skills Accelerator will invest £6.9 million across six projects.</p><p>The Accelerator is a £30 million, four-year program of the Government.</p><div class="card"><h3>Spinifex Metallurgy Pty Ltd</h3><p>Western Australia</p><p>Laboratory technician upskilling for hydroxide production</p><p><span class="label">Grant:</span> £865,000</p></div><div class="card"><h3>Moorabool Skills Collective</h3><p>Victoria</p><p>Pre-employment course</p><p><span class="label">Grant:</span> £430,500</p></div>`)
	if got := recipients(r); got != "Spinifex Metallurgy Pty Ltd|Moorabool Skills Collective" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 2 || *r.Rounds[0].Total != 6900000 || *r.Rounds[0].Projects != 6 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 30000000 || r.Limits[0].Fund != "Critical Minerals Skills Accelerator" {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// TestDefinitionListAwards: "<dt>title</dt><dd>Lead organisation: X,
// with Y</dd><dd>Award: £450,000 over three years (£150,000 in 2020/21,
// ...)</dd>": the lead gets the award, with its tranches, and a field
// that opens with "up to" still names a grant.
func TestDefinitionListAwards(t *testing.T) {
	r := parseHTML(t, `<dl><dt>Gene-silencing therapy</dt><dd>Lead organisation: University of Kingsmoor</dd><dd>Award: £450,000 over three years (£150,000 in 2020/21, £200,000 in 2021/22 and £100,000 in 2022/23)</dd><dt>Repurposing an antiviral</dt><dd>Lead organisation: Lysander University, with Porthaven Genomics Ltd</dd><dd>Award: up to £275,500, with continuation subject to a review after 18 months</dd></dl>`)
	if got := recipients(r); got != "University of Kingsmoor|Lysander University" {
		t.Fatalf("awards: %q", got)
	}
	if len(r.Awards[0].Tranches) != 3 || r.Awards[0].Amount != 450000 {
		t.Errorf("tranches: %+v", r.Awards[0])
	}
}

// TestCountedProjectsAtOneBody: "Three further projects at the
// university will each receive $450,000" is three awards to the
// university the page title names.
func TestCountedProjectsAtOneBody(t *testing.T) {
	r := parsePage(t, `<html><head><title>Researchers secure funding | University of Kestrel Bay</title></head><body><article><p>Three further projects at the university will each receive £450,000 under round 3 of the Coastal Industries Scheme.</p></article></body></html>`, Meta{})
	if got := recipients(r); got != "University of Kestrel Bay|University of Kestrel Bay|University of Kestrel Bay" {
		t.Errorf("awards: %q", got)
	}
}

// TestFundSubjectBudgets: "The Challenge has total funding of €10
// million over four years" and "The program has $40 million over five
// years to help firms ... grow" are the budgets of the fund just named;
// "has made five awards, with total funding of €2.2m" is not.
func TestFundSubjectBudgets(t *testing.T) {
	r := parseHTML(t, "<p>Seven projects share £6.3 million in the second call of the Marine Bioeconomy Challenge.</p><p>The Challenge has total funding of £10 million over four years.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 10000000 || r.Limits[0].Fund != "Marine Bioeconomy Challenge" {
		t.Errorf("challenge: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>The Minister announced £11.6 million for nine companies through the second intake of the Clean Agri-Tech Scale-Up Program.</p><ul><li>The program has £40 million over five years to help firms in Manitoba grow.</li></ul>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 40000000 || r.Limits[0].Fund != "Clean Agri-Tech Scale-Up Program" {
		t.Errorf("program: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>The Council has made five Applied Partnership Awards this year, with total funding of £2,186,400.</p>")
	if len(r.Limits) != 0 {
		t.Errorf("awards made: %+v", r.Limits)
	}
}

// TestEachWithinAClauseAndJoinedNames: "X gets £1.45m ..., while A and B
// receive £780k apiece" gives A and B one award each; "the Calderbrook
// Police and Crime Commissioner and the Lindmere Police and Crime
// Commissioner" are two bodies, not four.
func TestEachWithinAClauseAndJoinedNames(t *testing.T) {
	r := parseHTML(t, "<p>Harrowfield City Council gets £1.45m for lighting and alley-gating, while Calderbrook PCC and Lindmere PCC receive £780k apiece to pilot intelligence hubs.</p>")
	if got := recipients(r); got != "Harrowfield City Council|Calderbrook PCC|Lindmere PCC" {
		t.Errorf("clause: %q", got)
	}
	r = parseHTML(t, "<p>The Calderbrook Police and Crime Commissioner and the Lindmere Police and Crime Commissioner will each receive £780,000 to pilot hubs.</p>")
	if got := recipients(r); got != "Calderbrook Police and Crime Commissioner|Lindmere Police and Crime Commissioner" {
		t.Errorf("joined names: %q", got)
	}
}

// TestFurtherMoneyUpForGrabs: a department that says more money is "up
// for grabs" states the fund's limit, not its own budget; "taking the
// programme to its full £45m" is the programme's whole budget, with no
// period of its own.
func TestFurtherMoneyUpForGrabs(t *testing.T) {
	r := parseHTML(t, "<p>The Neighbourhood Crime Prevention Challenge gave £18m to 23 schemes in its second round.</p><p>The Home Office says a further £20m will be up for grabs in 2025-26, when a third round opens in the summer, taking the programme to its full £45m.</p>")
	if len(r.Limits) != 2 || r.Limits[0].Amount != 20000000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2025/26" || r.Limits[1].Amount != 45000000 || r.Limits[1].Period != nil {
		t.Errorf("limits: %+v", r.Limits)
	}
	if r := parseHTML(t, "<p>Hill County Council has a budget of £40m available for roads this year.</p>"); len(r.Limits) != 0 {
		t.Errorf("a council's own budget: %+v", r.Limits)
	}
}

// TestGrantFromARoundToABody: "confirmed a grant of £X from round 2 of
// the Y Challenge to Z, as lead applicant for ..." is Z's award in round
// 2, and its purpose is neither Z nor the aside.
func TestGrantFromARoundToABody(t *testing.T) {
	r := parseHTML(t, "<p>1.1 The Home Office has confirmed a grant of £2,100,000 from round 2 of the Neighbourhood Crime Prevention Challenge to the Wealdshire Police and Crime Commissioner, as lead applicant for the Safer Nights partnership.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Wealdshire Police and Crime Commissioner" || r.Awards[0].Round == nil || *r.Awards[0].Round != 2 || r.Awards[0].Purpose != "" {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestFundBudgetShapes: "The Foundation's budget for the Small Halls
// Programme in 2021/22 is £250,000"; "will run over three years, with £8
// million available in this financial year" (the year of the figure's
// own clause); a fund that "distributes £1.5 million a year".
func TestFundBudgetShapes(t *testing.T) {
	r := parseHTML(t, `<p>Published 3 May 2024</p><p>The Foundation's budget for the Small Halls Programme in 2021/22 is £250,000.</p><p>The Museum Roofs Fund will run over three years, with £8 million available in this financial year.</p><p>The Village Hall Revival Fund, run by the county's rural community council, distributes £1.5 million a year.</p>`)
	want := "Small Halls Programme 250000 2021/22|Museum Roofs Fund 8000000 2024/25|Village Hall Revival Fund 1500000 -"
	if got := limitList(r); got != want {
		t.Errorf("limits:\n got %s\nwant %s", got, want)
	}
}

// TestJointAwards: "£148,000 awarded jointly to A and B" and "A and B, a
// joint bid for ... - £3,250" are one award to the pair.
func TestJointAwards(t *testing.T) {
	r := parseHTML(t, "<p>The Community Pitches Fund has made awards.</p><ul><li>£148,000 awarded jointly to Kettlewick Rugby Club and Kettlewick Town Council to drain two pitches</li><li>Walkington Dale Walking Netball Group and Cherry Tofts WI, a joint bid for a weekly netball session – £3,250</li></ul>")
	if got := recipients(r); got != "Kettlewick Rugby Club and Kettlewick Town Council|Walkington Dale Walking Netball Group and Cherry Tofts WI" {
		t.Errorf("awards: %q", got)
	}
}

// TestCountedHubsWithARelativeClause: "awarded £8 million to two pilot
// hubs, whose results ..." is a batch of the first call, not a grantee
// called "two pilot hubs".
func TestCountedHubsWithARelativeClause(t *testing.T) {
	r := parseHTML(t, "<p>The first call of the programme, in 2022, awarded £8 million to two pilot hubs, whose results fed into the design of this second call.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 8000000 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestProjectValuesAreNoLimits: "receives £412,000 towards a scheme worth
// £820,000 in total" and "Including contributions from industry
// partners, the total value of the programme is £8.9m" cost projects;
// they are no fund's budget.
func TestProjectValuesAreNoLimits(t *testing.T) {
	r := parseHTML(t, "<p>The Historic Shopfronts Repair Scheme has made four awards.</p><ul><li>Great Yarmouth Borough Council receives £412,000 towards a scheme worth £820,000 in total, repairing shopfronts.</li></ul><p>The Coastal Futures Programme awarded £6m. Including contributions from industry partners, the total value of the programme is £8.9m.</p>")
	if len(r.Limits) != 0 {
		t.Errorf("limits: %+v", r.Limits)
	}
	if len(r.Awards) != 1 || r.Awards[0].Amount != 412000 {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestEachReceiveOverSections: "The four hubs will each receive £3
// million." over a heading per hub, each over a paragraph saying who
// leads it, gives each lead the figure; a heading over a paragraph that
// names no lead gives nothing.
func TestEachReceiveOverSections(t *testing.T) {
	r := parseHTML(t, `<p>EPSRC is investing £9 million through the Quantum Hubs programme. The three hubs will each receive £3 million over five years.</p><h2>The hubs</h2><h3>Bristol Testbed Hub</h3><p>Led by the University of Bristol with Cardiff University, the hub will build a testbed.</p><h3>Health Data Hub</h3><p>The University of York will lead work with NHS partners.</p><h3>Memory Hub</h3><p>Researchers will work on long-lived quantum memories.</p><h3>Quotes</h3><p>Led by Imperial College London, the work continues.</p>`)
	if got := recipients(r); got != "University of Bristol|University of York" {
		t.Errorf("awards: %q", got)
	}
}

// TestApplicationsWorthAreDemand: "received 64 applications worth £92
// million" is what was asked for, not a round total; "approved four bids
// worth £1.2m" is.
func TestApplicationsWorthAreDemand(t *testing.T) {
	r := parseHTML(t, "<p>Seventeen colleges will share £28.6 million in the first round of the College Estates Fund.</p><p>The £75 million fund received 64 applications worth £92 million in total.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 28600000 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parseHTML(t, "<p>The panel of the Hill Fund approved four bids worth £1.2m.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 1200000 {
		t.Errorf("approved bids: %+v", r.Rounds)
	}
}

// TestFundNamedBesideMoneyInWords: a scheme is named in a sentence whose
// only figure is in words.
func TestFundNamedBesideMoneyInWords(t *testing.T) {
	r := parseHTML(t, "<p>Holbrook University has won three hundred and twenty thousand pounds from the Heritage Materials Scheme for a study.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Amount != 320000 || r.Awards[0].Fund != "Heritage Materials Scheme" {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestHedgedRoundTotalMadeExact: "More than £18 million has been
// allocated ... in the second round" under a headline of £18.6m is a
// round of £18.6m; a headline figure the hedge cannot stand for is not
// taken.
func TestHedgedRoundTotalMadeExact(t *testing.T) {
	r := parsePage(t, `<html><head><title>Home Office hands out £18.6m in second crime prevention round</title></head><body><article><h1>Home Office hands out £18.6m in second crime prevention round</h1><p>More than £18 million has been allocated to 23 schemes in the second round of the Neighbourhood Crime Prevention Challenge.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 18600000 || r.Rounds[0].Qualifier != nil {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parsePage(t, `<html><head><title>Council to get £25m</title></head><body><article><h1>Council to get £25m</h1><p>More than £18 million has been allocated to 23 schemes in the second round of the Neighbourhood Crime Prevention Challenge.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 18000000 || r.Rounds[0].Qualifier == nil {
		t.Errorf("unrelated headline: %+v", r.Rounds)
	}
}

// TestTheFigureRound: "The £4.2m round was heavily oversubscribed" totals
// the round in force.
func TestTheFigureRound(t *testing.T) {
	r := parseHTML(t, "<p>The Halloran Foundation announced the 19 winners of the third round of its Creative Places Touring Fund.</p><p>The £4.2m round was heavily oversubscribed.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 3 || *r.Rounds[0].Total != 4200000 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestGappedSecondAward: "X gets £240,000 and folk outfit Y £165k" gives
// Y the second figure though the verb is left out.
func TestGappedSecondAward(t *testing.T) {
	r := parseHTML(t, "<p>The Touring Fund has made awards.</p><p>Moorside Dance Collective gets £240,000 and folk outfit Tidewrack Music £165k.</p>")
	if got := recipients(r); got != "Moorside Dance Collective|Tidewrack Music" {
		t.Errorf("awards: %q", got)
	}
}

// TestAcceptingAGrant: a council report that "accepts the grant of
// £846,000 offered by the Department for Transport" records the
// council's award; the department is the giver, and the "for" in its
// name names no recipient.
func TestAcceptingAGrant(t *testing.T) {
	r := parsePage(t, "WYNDHAM COUNCIL\n\nREPORT TO:          Cabinet\n\n2.1 That Cabinet:\n\n    (a) accepts the grant of £846,000 offered by the Department for\n        Transport under the Rural Bus Connections Fund (Round 2);\n", Meta{ContentType: "text/plain"})
	if got := recipients(r); got != "Wyndham Council" {
		t.Errorf("awards: %q", got)
	}
	r = parseHTML(t, "<p>A grant of £5,000 made by the Department for Culture to Hill Trust.</p>")
	if got := recipients(r); got != "Hill Trust" {
		t.Errorf("giver's name: %q", got)
	}
}

// TestMoneyAvailableInTheNextSentence: "... bid for a share of £4m ...
// The money is available in 2020/21" dates that limit.
func TestMoneyAvailableInTheNextSentence(t *testing.T) {
	r := parseHTML(t, "<p>Local authorities can now bid for a share of £4m from the third round of the Clean Air Streets Fund.</p><p>The money is available in 2020/21, and councils can bid for up to £350,000 per project.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2020/21" {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// TestPromoterTableAndPhases: a table whose "Promoter" column names who
// gets each scheme's money; "Phase 1 approvals ... committed £14.2
// million to seven schemes" of a "Housing Deal" is its first round.
func TestPromoterTableAndPhases(t *testing.T) {
	r := parseHTML(t, `<p>The Severn Vale Housing Deal provides £45 million of capital.</p><p>Phase 1 approvals in March 2023 committed £14.2 million to seven schemes.</p><table><tr><th>Scheme</th><th>Promoter</th><th>Total (£)</th></tr><tr><td>Dunmere Road depot</td><td>Fallowmere District Council</td><td>1,750,000</td></tr><tr><td>Station Yard</td><td>Greystanton Borough Council</td><td>2,600,000</td></tr></table>`)
	if got := recipients(r); got != "Fallowmere District Council|Greystanton Borough Council" {
		t.Errorf("awards: %q", got)
	}
	var one bool
	for _, rd := range r.Rounds {
		if rd.Round != nil && *rd.Round == 1 && *rd.Total == 14200000 && rd.Fund == "Severn Vale Housing Deal" {
			one = true
		}
	}
	if !one {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestOffersWindowsAndMatchFields: a capitalised "... Offer" is a
// programme and its "window 2" a round; a card's "Partnership match
// funding: £X" is not the grant.
func TestOffersWindowsAndMatchFields(t *testing.T) {
	r := parseHTML(t, "<h1>Catchment Restoration Offer 2026: apply for funding</h1><p>In window 2, 86 projects shared £19.2 million, including wetland creation.</p><p>£28 million is available this financial year.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Catchment Restoration Offer" || *r.Rounds[0].Round != 2 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Catchment Restoration Offer" {
		t.Errorf("limits: %+v", r.Limits)
	}
	r = parseHTML(t, `<p>The Wetlands Fund has made four awards.</p><div><h3>Kentmere Estuary Trust</h3><p>Saltmarsh restoration</p><p>Grant: £300,000</p><p>Partnership match funding: £497,600</p></div>`)
	if len(r.Awards) != 1 || r.Awards[0].Amount != 300000 {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestConversionsAndBilingualNames: "€2.35 million (approximately £2.1
// million)" is one euro award; "A (Welsh name) and B (Welsh name) –
// £40,000 each" is one award to each.
func TestConversionsAndBilingualNames(t *testing.T) {
	r := parseHTML(t, "<p>The Erne Catchment Fund has made awards.</p><p>The biggest award, €2.35 million (approximately £2.1 million), goes to a partnership led by Erne Uplands Catchment Trust.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Currency != "EUR" || r.Awards[0].Amount != 2350000 {
		t.Errorf("conversion: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>Bryn Hafod Tree Group (Grŵp Coed Bryn Hafod) and Green Pentrefelin (Pentrefelin Gwyrdd) – £40,000 each for community orchards</p>")
	if got := recipients(r); got != "Bryn Hafod Tree Group|Green Pentrefelin" {
		t.Errorf("bilingual: %q", got)
	}
}

// TestLimitsBesideOtherFigures: "£9.6 million available this financial year and
// £12.4 million next year through the allocations below"; "with a further
// £8 million earmarked for next year"; "Up to £400 million will be
// available ..., with towns able to bid for between £1 million and £25
// million" (the bidding is of the range, not of the pot); a council's
// General Fund and "as part of a £31 million scheme" are no funds' limits.
func TestLimitsBesideOtherFigures(t *testing.T) {
	r := parseHTML(t, `<p>Published 3 May 2024</p><p>Through the Active Streets Fund the department is making £9.6 million available this financial year and £12.4 million next year through the allocations below, totalling £22 million across 8 authorities.</p><p>The Walk Accelerator has £7.2 million to spend this financial year, with a further £8 million earmarked for next year.</p><p>For the Town Centres Fund, up to £400 million will be available this financial year, with individual towns able to bid for between £1 million and £25 million.</p><p>£17.65 million goes to Greystanton to redevelop the arcade, as part of a £31 million scheme.</p><p>The council approved a capital programme of £6.95 million and a General Fund revenue budget of £18.7 million.</p>`)
	want := "Active Streets Fund 9600000 2024/25|Active Streets Fund 12400000 2025/26|Walk Accelerator 7200000 2024/25|Walk Accelerator 8000000 2025/26|Town Centres Fund 400000000 2024/25"
	if got := limitList(r); got != want {
		t.Errorf("limits:\n got %s\nwant %s", got, want)
	}
}

// TestPlacesJointBidsAndIt: "Dellbrook and Eskerby councils will each
// receive £1.2 million" (one award per place), "a joint bid by Lowmarsh
// and Marrowfield councils won £18 million" (one joint award), and "X
// fared better ..., when it received seven million pounds" (it is X).
func TestPlacesJointBidsAndIt(t *testing.T) {
	r := parseHTML(t, "<p>The Brownfield Homes Accelerator second round.</p><ul><li>Dellbrook and Eskerby councils will each receive £1.2 million to clear garage courts</li></ul><p>A joint bid by Lowmarsh and Marrowfield councils won £18 million to reopen the line.</p><p>Neighbouring Hollinbridge secured £12.4 million.</p><p>Kettlewick fared better in the first round last year, when it received seven million pounds towards the Old Baths.</p>")
	if got := recipients(r); got != "Dellbrook|Eskerby|Lowmarsh and Marrowfield councils|Hollinbridge|Kettlewick" {
		t.Errorf("awards: %q", got)
	}
}

// TestFinalRoundWorth: "in the third and final round of the X Fund,
// worth £100m in total" is round 3's total; "the second round of the X
// Fund, worth £12 million, with 21 schemes sharing £4.75m" keeps £12m as
// the fund's.
func TestFinalRoundWorth(t *testing.T) {
	r := parseHTML(t, "<p>Ashvale, Corrisford and Dellbrook will each receive up to £20m over ten years in the third and final round of the Town Centres Renewal Fund, worth £100m in total.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 3 || *r.Rounds[0].Total != 100000000 || len(r.Limits) != 0 {
		t.Errorf("rounds %+v limits %+v", r.Rounds, r.Limits)
	}
	r = parseHTML(t, "<p>The Environment Agency has announced the second round of the Community Flood Resilience Fund, worth £12 million, with 21 schemes sharing £4.75m this year.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 4750000 || len(r.Limits) != 1 || r.Limits[0].Amount != 12000000 {
		t.Errorf("fund worth: rounds %+v limits %+v", r.Rounds, r.Limits)
	}
}

// TestTwoRoundsInOneSentence: "Nine towns shared £118.2m in the first
// round and 23 places shared £402m in round two" states both rounds.
func TestTwoRoundsInOneSentence(t *testing.T) {
	r := parseHTML(t, "<p>The Town Centres Renewal Fund opens its third round.</p><p>Nine towns shared £118.2m in the first round and 23 places shared £402m in round two in 2021.</p>")
	got := roundTotals(r)
	if got[1] != 118200000 || got[2] != 402000000 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestFundLaunchedWith: "The fund, launched in 2019 with £640m, has now
// allocated ..." states the fund's budget; a project "launched with
// £5,000 of seed money" states none.
func TestFundLaunchedWith(t *testing.T) {
	r := parseHTML(t, "<p>The Town Centres Renewal Fund opens its third round.</p><p>The fund, launched in 2019 with £640m, has now allocated almost all of its budget.</p>")
	if len(r.Limits) != 1 || r.Limits[0].Amount != 640000000 || r.Limits[0].Fund != "Town Centres Renewal Fund" {
		t.Errorf("limits: %+v", r.Limits)
	}
	r = parseHTML(t, "<p>The Town Centres Renewal Fund opens its third round.</p><p>The cafe, launched in 2019 with £5,000 of seed money, now employs ten people.</p>")
	if len(r.Limits) != 0 {
		t.Errorf("a cafe: %+v", r.Limits)
	}
}

// TestBidsNotSuccessfulAndNamedSources: "X's £1.1m bid ... was not
// successful" is no award; "received £210,000 from the Digital
// Humanities Catalyst" names the programme the money came from.
func TestBidsNotSuccessfulAndNamedSources(t *testing.T) {
	r := parsePage(t, "NEWS\n\n* Lysander University received GBP 210,000 from the Digital Humanities Catalyst.\n\n* Brackenford University's GBP 1.1m bid to the Materials Scale-Up\n  Challenge was not successful this time.\n", Meta{ContentType: "text/plain"})
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Lysander University" || r.Awards[0].Fund != "Digital Humanities Catalyst" {
		t.Errorf("awards: %+v", r.Awards)
	}
	if r := parseHTML(t, "<p>Hill Trust received £5,000 from the Wolfson Foundation.</p>"); len(r.Funds) != 0 {
		t.Errorf("a foundation gives; it is no programme: %v", r.Funds)
	}
}

// TestEachOfFourNamesWithCurlyPossessives: "A, B’ Forum, C and D will
// each receive £25,000" gives each of the four the figure; "Residents’
// Association" is one name.
func TestEachOfFourNamesWithCurlyPossessives(t *testing.T) {
	r := parseHTML(t, "<p>Six projects will share £410,000 in the first round of the Community Health Innovation Grants.</p><p>Ashby Stroke Club, Fenmoor Carers’ Forum, Nene Reach Walking Group and Riverside Refugee Health Link will each receive £25,000 to expand services.</p><p>Thornley Neighbourhood Watch, Halsey Green Neighbourhood Watch and Upper Brook Residents’ Association will each receive £2,500 towards cameras.</p>")
	if got := recipients(r); got != "Ashby Stroke Club|Fenmoor Carers’ Forum|Nene Reach Walking Group|Riverside Refugee Health Link|Thornley Neighbourhood Watch|Halsey Green Neighbourhood Watch|Upper Brook Residents’ Association" {
		t.Errorf("awards: %q", got)
	}
}

// TestFundsFundedWithAndAppropriations: "The X Challenge is funded with
// $150 million", "The X Program provides $250 million over five years",
// "Council appropriated $75,000 for the X Program" state budgets, not
// awards.
func TestFundsFundedWithAndAppropriations(t *testing.T) {
	r := parseHTML(t, "<p>The Rural Grid Resilience Challenge is funded with $150 million appropriated for fiscal years 2024 through 2028.</p><p>The Active Communities Connector Program provides $250 million over five years for the planning of active transportation.</p><p>Council appropriated $75,000 for the Neighborhood Arts Microgrant Program in the budget.</p>")
	if len(r.Awards) != 0 || len(r.Limits) != 3 {
		t.Errorf("awards %+v limits %+v", r.Awards, r.Limits)
	}
}

// TestNonRecipientsAndFundBackReferences: notice fields ("Award Ceiling:
// | $2,000,000"), plans and taxes are nobody's awards; "The initiative is
// backed by $60 million" is the named initiative's budget; "$3.2 million
// over two years ($1.5 million in 2023–24 and $1.7 million in 2024–25)"
// is one award in two tranches.
func TestNonRecipientsAndFundBackReferences(t *testing.T) {
	r := parseHTML(t, `<table><tr><td>Award Ceiling:</td><td>$2,000,000</td></tr><tr><td>Estimated Total Program Funding:</td><td>$30,000,000</td></tr></table><p>VAT: €16.9 billion, up 2.3 per cent.</p><p>The fund sits alongside the NHS Long Term Plan, which is backed by an extra £19.8 billion.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards: %+v", r.Awards)
	}
	r = parseHTML(t, "<p>Yilkari Aboriginal Corporation receives $2m from the Remote Community Water Security Initiative.</p><p>The initiative is backed by $60 million over four years.</p><ul><li>$3.2 million over two years ($1.5 million in 2023–24 and $1.7 million in 2024–25) for a consortium led by the Pindari Land and Sea Council to install desalination;</li></ul>")
	if got := recipients(r); got != "Yilkari Aboriginal Corporation|Pindari Land and Sea Council" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Awards) == 2 && len(r.Awards[1].Tranches) != 2 {
		t.Errorf("tranches: %+v", r.Awards[1])
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 60000000 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// TestAskedForButGiven: "X asked for $2.4 million and received $640,000"
// and "X had asked for £40,000 ... but was given £25,000" give X the
// second figure and not the first.
func TestAskedForButGiven(t *testing.T) {
	r := parseHTML(t, "<p>The Student Transport Program made awards.</p><p>Kessler Valley School District asked for $2.4 million and received $640,000, enough for two buses.</p><p>Wells Community Hospital Trust had asked for £40,000 to refurbish its day room but was given £25,000.</p>")
	if len(r.Awards) != 2 || r.Awards[0].Amount != 640000 || r.Awards[1].Recipient != "Wells Community Hospital Trust" || r.Awards[1].Amount != 25000 {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestEachOfNamesBetweenHyphens: "Each of four centers - the A, B, C and
// D - will receive $85,000" gives each named center the figure.
func TestEachOfNamesBetweenHyphens(t *testing.T) {
	r := parseHTML(t, "<p>The Adult Learning Grants made awards.</p><p>Each of four rural adult-education centers - the Northeast Kingdom Adult Learning Center, Rutland Valley Learning Collaborative, Upper Connecticut River Literacy Project and Green Hills Adult Education Center - will receive $85,000 for evening classes.</p>")
	if got := recipients(r); got != "Northeast Kingdom Adult Learning Center|Rutland Valley Learning Collaborative|Upper Connecticut River Literacy Project|Green Hills Adult Education Center" {
		t.Errorf("awards: %q", got)
	}
}

// TestAdverbOpenersAndRates: "Nationally, 1,320 projects shared £434
// million" is a batch, not an award to "Nationally"; "£1.50 per
// registered patient" is a rate.
func TestAdverbOpenersAndRates(t *testing.T) {
	r := parseHTML(t, "<p>The Building Condition Fund round.</p><p>Nationally, 1,320 projects shared £434 million in this round.</p><p>Separately, GP practices will receive £1.50 per registered patient through the winter access scheme.</p>")
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 434000000 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestSchoolJustNamedAndOrdinalNames: "Pupils at Thornbury Road Primary
// School ... after the school was awarded £1.6 million" is the school's
// award; "4th Haverleigh Scout Group" and "1st Coldharbour Scout Group"
// are names, "the 4th round" is not.
func TestSchoolJustNamedAndOrdinalNames(t *testing.T) {
	r := parseHTML(t, "<p>The Loft Youth Project receives £365,000.</p><p>Pupils at Thornbury Road Primary School in Haverleigh will say goodbye to their huts after the school was awarded £1.6 million from the Classroom Renewal Fund.</p><p>The Loft Youth Project and 4th Haverleigh Scout Group receive £65,000 and £88,000 respectively.</p><p>1st Coldharbour Scout Group gets £4,500 for tents.</p>")
	if got := recipients(r); got != "Loft Youth Project|Thornbury Road Primary School|Loft Youth Project|4th Haverleigh Scout Group|1st Coldharbour Scout Group" {
		t.Errorf("awards: %q", got)
	}
}

// TestTrusteesAwardedInGrants: "the trustees awarded £234,250 in five
// grants" totals the round: trustees give, and five grants are a batch.
func TestTrusteesAwardedInGrants(t *testing.T) {
	r := parseHTML(t, "<p>The Hospice Resilience Fund made grants.</p><p>In this second round the trustees awarded £234,250 in five grants.</p>")
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 2 || *r.Rounds[0].Total != 234250 || *r.Rounds[0].Projects != 5 || len(r.Awards) != 0 {
		t.Errorf("rounds %+v awards %+v", r.Rounds, r.Awards)
	}
}

// TestRoundNamedInTheSecondClause: "Round one funded 12 projects
// totalling £81,250 and round two funded 11 projects totalling £92,750"
// states both rounds.
func TestRoundNamedInTheSecondClause(t *testing.T) {
	r := parseHTML(t, "<p>The Staff Wellbeing Grants round three.</p><p>Round one (2020) funded 12 projects totalling £81,250 and round two funded 11 projects totalling £92,750.</p>")
	got := roundTotals(r)
	if got[1] != 81250 || got[2] != 92750 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// TestExpectedRoundsAndCountedGrants: "A second round, expected this
// spring, will offer up to $12 million" is a limit, not a round; "Seven
// grants totalling $48,250" is a batch, not a fund called "Seven grants".
func TestExpectedRoundsAndCountedGrants(t *testing.T) {
	r := parseHTML(t, "<p>The Zero-Emission Student Transport Program gave $30m to 12 districts.</p><p>A second round, expected this spring, will offer up to $12 million, officials said.</p><p>Seven grants totalling $48,250 were approved.</p>")
	if len(r.Funds) != 1 || len(r.Limits) != 1 || r.Limits[0].Amount != 12000000 {
		t.Errorf("funds %v limits %+v", r.Funds, r.Limits)
	}
	if rd := roundOfNumber(r, 2); rd != nil {
		t.Errorf("future round: %+v", rd)
	}
}

// TestBilingualDuplicates: the Welsh line and the English line that
// gives both names are one award, under the English line's name.
func TestBilingualDuplicates(t *testing.T) {
	r := parseHTML(t, "<p>Bydd grwpiau yn rhannu £486,000 yn rownd gyntaf y Grant Coetir Cymunedol.</p><ul><li>Cyngor Tref Llanfair Dyffryn – £62,000 i blannu coetir trefol</li></ul><p>Groups will share £486,000 in the first round of the Community Woodland Grant.</p><ul><li>Llanfair Dyffryn Town Council (Cyngor Tref Llanfair Dyffryn) – £62,000 to plant an urban woodland</li></ul>")
	if got := recipients(r); got != "Llanfair Dyffryn Town Council" {
		t.Errorf("awards: %q", got)
	}
}

// TestWinnerNamedInTheNextSentence: "A community energy company in the
// Ettrick valley has been awarded a quarter of a million pounds" is no
// award to "Ettrick"; the next sentence, "Ettrickbrae Community Energy
// Ltd will use the money", names the winner.
func TestWinnerNamedInTheNextSentence(t *testing.T) {
	r := parseHTML(t, "<p>A community energy company in the Ettrick valley has been awarded a quarter of a million pounds from the Community Warmth Programme to pipe heat into village homes.</p><p>Ettrickbrae Community Energy Ltd will use the money to build a district heating network.</p>")
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Ettrickbrae Community Energy Ltd" || r.Awards[0].Amount != 250000 || len(r.Rounds) != 0 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestEachAfterAndToAndProRata: "..., and to A, B and C, which will each
// receive up to £95,000" gives each of them one award; a post "(£29,500
// pro rata, 0.8 FTE)" is pay.
func TestEachAfterAndToAndProRata(t *testing.T) {
	r := parseHTML(t, "<p>Awards go to Wales Touring Network, which receives £610,000 to build capacity, and to Cwmni Gwenyn, Theatr Pentir and Ensemble Tawe, which will each receive up to £95,000 to tour work to schools.</p><p>We’ll be recruiting a Tour Manager (£29,500 pro rata, 0.8 FTE) in April.</p>")
	if got := recipients(r); got != "Wales Touring Network|Cwmni Gwenyn|Theatr Pentir|Ensemble Tawe" {
		t.Errorf("awards: %q", got)
	}
}

// TestOfferedAGrantAndConditions: "has offered X a grant of £Y" is X's
// award; "conditional on securing £200,000 of match funding" is money
// still to find; "the remaining £0.55m to be allocated" is no limit.
func TestOfferedAGrantAndConditions(t *testing.T) {
	r := parseHTML(t, "<p>The Home Office has offered Wyvernshire Constabulary a grant of £1,400,000 from the second round of the Neighbourhood Policing Innovation Fund.</p><p>Fenwater College’s allocation is conditional on securing £200,000 of match funding from employers.</p><p>£4m is available from the fund this financial year, with the remaining £0.55m to be allocated next year.</p>")
	if got := recipients(r); got != "Wyvernshire Constabulary" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 4000000 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// TestClosingDateIsNoPublicationDate: a bulletin's "Closing date: 28
// February 2027" is when bids are due; the issue line dates the page.
func TestClosingDateIsNoPublicationDate(t *testing.T) {
	r, err := Parse(strings.NewReader("VOLUNTARY ACTION ASHCOMBE\nFUNDING NEWS - Issue 412 - 15 January 2027\n\n1. OPEN: WINTER WARMTH GRANTS\nThe Hollis Trust gave GBP 126,500 to seven groups.\nClosing date: 28 February 2027.\n"), Meta{ContentType: "text/plain"}, Options{})
	if err != nil || r.Published != "2027-01-15" {
		t.Errorf("published %q %v", r.Published, err)
	}
}

// TestLabelledDateInAPageHeader: "Meeting Date: Tuesday, March 11, 2025"
// in a header outside the article dates the agenda item.
func TestLabelledDateInAPageHeader(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><body><div class="agenda-header"><p>City Council Regular Meeting</p><p>Meeting Date: Tuesday, March 11, 2025 &middot; 6:00 PM</p></div><main><h1>Agenda item 7.C</h1><p>Staff recommends that Council approve seven awards totaling $42,500.</p></main></body></html>`), Meta{}, Options{})
	if err != nil || r.Published != "2025-03-11" {
		t.Errorf("published %q %v", r.Published, err)
	}
}

// TestNumberedCapsSectionHeadings: "1. OPEN: WINTER WARMTH GRANTS (The
// Hollis Trust)" over a rule line is a heading naming a fund, not a memo
// field to drop.
func TestNumberedCapsSectionHeadings(t *testing.T) {
	r := parsePage(t, "FUNDING NEWS - 15 January 2027\n\n1. OPEN: WINTER WARMTH GRANTS (The Hollis Trust)\n-------------------------------------------\nThe first round gave GBP 126,500 to seven groups.\n", Meta{ContentType: "text/plain"})
	if len(r.Funds) != 1 || !strings.EqualFold(r.Funds[0], "Winter Warmth Grants") {
		t.Errorf("funds: %v", r.Funds)
	}
}

// limitList lists a result's limits as "fund amount period" ("-" for
// none), joined by "|".
func limitList(r *Result) string {
	var got []string
	for _, l := range r.Limits {
		p := "-"
		if l.Period != nil {
			p = *l.Period
		}
		got = append(got, l.Fund+" "+strconv.FormatInt(l.Amount, 10)+" "+p)
	}
	return strings.Join(got, "|")
}

// roundOfTotal returns the first round of r whose total is v, nil when
// none is.
func roundOfTotal(r *Result, v int64) *Round {
	for i := range r.Rounds {
		if rd := &r.Rounds[i]; rd.Total != nil && *rd.Total == v {
			return rd
		}
	}
	return nil
}

// roundOfNumber returns the first round of r numbered n, nil when none is.
func roundOfNumber(r *Result, n int) *Round {
	for i := range r.Rounds {
		if rd := &r.Rounds[i]; rd.Round != nil && *rd.Round == n {
			return rd
		}
	}
	return nil
}

// roundTotals maps each numbered round of a result to its total.
func roundTotals(r *Result) map[int]int64 {
	got := map[int]int64{}
	for _, rd := range r.Rounds {
		if rd.Round != nil && rd.Total != nil {
			got[*rd.Round] = *rd.Total
		}
	}
	return got
}

// TestResearchAwardShapes: "Six universities will each receive £750,000
// ... to replace instruments: the A, B, ..." names them after a colon far
// from the figure; "Three of the hubs — led by A, B and C — will each
// receive £5 million"; a table row "Call 1 | 2022 | 9 | £10 million" is
// no award to "Call 1"; "bids totalling £62 million were received" is
// demand.
func TestResearchAwardShapes(t *testing.T) {
	r := parseHTML(t, `<p>Six universities will each receive £750,000 from the Shared Equipment Renewal Fund to replace ageing shared instruments: the University of Kelsford, Thornbury University, Hexley University, the University of Fenwick, Brindmoor University and Dunmere University.</p><p>Three of the hubs — led by the University of Fenwick, Calderbridge University and Ashcombe College London — will each receive £5 million over five years.</p><table><tr><th>Call</th><th>Year</th><th>Projects</th><th>Funding</th></tr><tr><td>Call 1</td><td>2022</td><td>9</td><td>£10 million</td></tr></table><p>The second round closed and bids totalling £62 million were received.</p>`)
	if got := recipients(r); got != "University of Kelsford|Thornbury University|Hexley University|University of Fenwick|Brindmoor University|Dunmere University|University of Fenwick|Calderbridge University|Ashcombe College London" {
		t.Errorf("awards: %q", got)
	}
	if rd := roundOfTotal(r, 62000000); rd != nil {
		t.Errorf("demand as a round: %+v", rd)
	}
}

// TestDeferralBesideATable: a sentence about one deferred application
// before a table of awards does not make the table one of deferred bids.
func TestDeferralBesideATable(t *testing.T) {
	r := parseHTML(t, `<p>Five community groups have received a total of £26,750 in the third round of the Neighbourhood Renewal Small Grants Programme.</p><p>A decision on one application has been deferred until further information is provided.</p><table><tr><th>Group</th><th>Project</th><th>Amount requested</th><th>Amount awarded</th></tr><tr><td>Ardmore Residents Forum</td><td>Community garden</td><td>£9,800</td><td>£9,800</td></tr><tr><td>Glenvale Youth Project</td><td>Summer programme</td><td>£12,000</td><td>£10,500</td></tr><tr><td>Drumkeel Community Association</td><td>Cafe fit-out</td><td>£15,000</td><td>Deferred</td></tr></table>`)
	if got := recipients(r); got != "Ardmore Residents Forum|Glenvale Youth Project" {
		t.Errorf("awards: %q", got)
	}
}

// TestDeferredUntilReceived: "X's application (£5,000) was deferred until
// quotes are received" is no award: "received" there gives nothing.
func TestDeferredUntilReceived(t *testing.T) {
	r := parseHTML(t, "<p>The Turbine Community Fund panel met in May.</p><p>The Coll Links Golf Society application (£5,000) was deferred until quotes are received, and two applications were refused.</p>")
	if len(r.Awards) != 0 {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// TestRecommendedForApproval: applications "recommended for approval"
// are not yet awards.
func TestRecommendedForApproval(t *testing.T) {
	r := parseHTML(t, "<p>The Community Regeneration Challenge third round.</p><p>3.5 Two applications exceed the delegated limit and are recommended for approval: Friends of Ardmore Pavilion (£60,000) and Islay Community Pool Trust (£55,000).</p><p>Hill Trust was awarded £5,000.</p>")
	if got := recipients(r); got != "Hill Trust" {
		t.Errorf("awards: %q", got)
	}
}

// TestInitiativeThatIsAwarded: "The Armagh School Streets Initiative is
// awarded £185,000" names a project that receives; "the Lido Fund has
// shared £9.6m" names a fund that gives.
func TestInitiativeThatIsAwarded(t *testing.T) {
	r := parseHTML(t, "<p>The Active Travel Challenge second round.</p><p>The Armagh School Streets Initiative is awarded £185,000 for timed road closures.</p><p>The Lido Fund has shared £9.6m between 48 pools.</p>")
	if got := recipients(r); got != "Armagh School Streets Initiative" {
		t.Errorf("awards: %q", got)
	}
}

// TestSettlementsAreNoRounds: councils' money "under the finalised local
// government settlement" is core funding, not a batch of grants.
func TestSettlementsAreNoRounds(t *testing.T) {
	r := parseHTML(t, "<p>Scotland’s 32 councils will receive £13.4 billion in 2024-25 under the finalised local government settlement.</p>")
	if len(r.Rounds) != 0 || len(r.Awards) != 0 || len(r.Limits) != 0 {
		t.Errorf("rounds %+v awards %+v limits %+v", r.Rounds, r.Awards, r.Limits)
	}
}

// TestCorrectionsAndWithheldNames: a withdrawn figure in a correction is
// no award, and "They" after it is the body it names; "Six households
// (names withheld)" is nobody's name.
func TestCorrectionsAndWithheldNames(t *testing.T) {
	r := parseHTML(t, "<p>The Climate Fund made awards.</p><p>Lakeland Climate Partnership Trust received £12,000.</p><p>Correction: An earlier version of this article said Kirkby Stephen Gardeners received £3,000. They received £2,300. We apologise for the error.</p><table><tr><th>Recipient</th><th>Amount</th></tr><tr><td>Six households (names withheld)</td><td>£11,900</td></tr></table>")
	if got := recipients(r); got != "Lakeland Climate Partnership Trust|Kirkby Stephen Gardeners" {
		t.Errorf("awards: %q", got)
	}
}

// TestAwardsProgrammes: a capitalised "... Awards" names a programme
// ("nine awards worth £610,000 in the first round of our new Climate
// Action Awards"), but "nine awards" and a headline's "Foundation Awards
// $3.4 Million" do not.
func TestAwardsProgrammes(t *testing.T) {
	r := parseHTML(t, "<p>We have made nine awards worth £610,000 in the first round of our new Climate Action Awards.</p>")
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Climate Action Awards" {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parseHTML(t, "<h1>Lakeshore Community Foundation Awards $3.4 Million to 18 Nonprofits</h1><p>The Thriving Neighborhoods Fund made grants.</p>")
	for _, f := range r.Funds {
		if strings.HasSuffix(f, "Awards") {
			t.Errorf("a headline verb as a fund: %v", r.Funds)
		}
	}
}

// TestRoundToCountedPartnerships: "The first round, in 2023, allocated
// £14.2 million to five partnerships" totals round 1; "five
// partnerships" is no grantee.
func TestRoundToCountedPartnerships(t *testing.T) {
	r := parseHTML(t, "<p>The Doctoral Horizons Partnerships programme opens its second round.</p><p>The first round, in 2023, allocated £14.2 million to five partnerships.</p>")
	if len(r.Awards) != 0 || roundTotals(r)[1] != 14200000 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestConsortiumLabelsAndApplicants: "a consortium led by X with partners
// Y and Z: £2.4 million" is X's award; after "X had applied for £740,000
// ...", "It receives £610,000" is X's.
func TestConsortiumLabelsAndApplicants(t *testing.T) {
	r := parseHTML(t, "<p>The Digital Skills Fund made awards.</p><ul><li>a consortium led by North Wealdshire College with partners Ashby Fields College and the Wealdshire Chamber of Commerce: £2.4 million for digital construction skills</li></ul><p>Sorrel Biologics receives £200,000.</p><p>Veyra Hydrogen Ltd had applied for £740,000 for its electrolyser stack project. It receives £610,000 after assessors asked the team to narrow the scope.</p>")
	if got := recipients(r); got != "North Wealdshire College|Sorrel Biologics|Veyra Hydrogen Ltd" {
		t.Errorf("awards: %q", got)
	}
}

// TestFellowshipWorth: "X, of the University of K’s School of Life
// Sciences, has been awarded a Frontier Pathfinder Fellowship worth £1.8
// million" is the university's award.
func TestFellowshipWorth(t *testing.T) {
	r := parseHTML(t, "<p>Professor Aisha Okonjo, of the University of Kelsford’s School of Life Sciences, has been awarded a Frontier Pathfinder Fellowship worth £1.8 million over seven years.</p><p>Dr Tom Reed of Hexley University has been awarded a fellowship worth £900,000.</p>")
	if got := recipients(r); got != "Aisha Okonjo (University of Kelsford)|Tom Reed (Hexley University)" {
		t.Errorf("awards: %q", got)
	}
}

// TestRecordPublishedAndAnsweredDates: "<dt>Record published</dt>"
// outranks a project's start date; "Answered 15 January 2025" outranks
// "Tabled 8 January 2025".
func TestRecordPublishedAndAnsweredDates(t *testing.T) {
	for page, want := range map[string]string{
		`<html><body><article><dl><dt>Start date</dt><dd>1 September 2023</dd><dt>Record published</dt><dd>12 May 2023</dd></dl><p>The University of Hill receives €2m.</p></article></body></html>`:       "2023-05-12",
		`<html><body><article><p>Tabled 8 January 2025</p><p>To ask how much the Hill Fund has awarded.</p><p>Answered 15 January 2025</p><p>Hill University was awarded £2m.</p></article></body></html>`: "2025-01-15",
	} {
		r, err := Parse(strings.NewReader(page), Meta{}, Options{})
		if err != nil || r.Published != want {
			t.Errorf("%.60s: got %q, want %q", page, r.Published, want)
		}
	}
}

// TestGrantsNameBeforeALowerCaseHead: "the Small Grants programme" names
// the Small Grants, even though "Small" alone is too generic to start a
// name; a name whose start is lost is no name.
func TestGrantsNameBeforeALowerCaseHead(t *testing.T) {
	r := parseHTML(t, "<p>The Foundation has made 23 awards totalling £412,000 through its Small Grants programme.</p><p>Ashby Youth Club receives £18,000 from the Small Grants programme.</p>")
	if len(r.Funds) != 1 || r.Funds[0] != "Small Grants" || len(r.Awards) != 1 || r.Awards[0].Fund != "Small Grants" || len(r.Rounds) != 1 || r.Rounds[0].Fund != "Small Grants" {
		t.Errorf("funds %v awards %+v rounds %+v", r.Funds, r.Awards, r.Rounds)
	}
	r = parseHTML(t, "<p>The Young People's Grants programme has £80,000 to distribute this year.</p>")
	for _, f := range r.Funds {
		if f == "Grants" || f == "Grants programme" {
			t.Errorf("a fund without its name: %v", r.Funds)
		}
	}
}

// TestPossessedGrantOf: "X's grant of £N" and "X ... saw its grant of £N
// approved" give X the award; a grant withdrawn is none.
func TestPossessedGrantOf(t *testing.T) {
	r := parseHTML(t, "<p>Brook Lane Dairy, which applied last spring, saw its grant of £36,500 approved last week.</p><p>Hollin County Council’s award of around £2.5m will protect school-day services.</p><p>Wexley Trust had its grant of £10,000 withdrawn.</p>")
	if got := recipients(r); got != "Brook Lane Dairy|Hollin County Council" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestCardLeadAndEach: a project's card names its lead in the block under
// the figure, and a card for two bodies with "£N each" gives each one.
func TestCardLeadAndEach(t *testing.T) {
	r := parseHTML(t, `<h2>Grants awarded</h2><div class="card"><h3>Safe Routes Home</h3><p>£55,000</p><p>Led by Ardenshire Women's Aid Network, the project maps well-lit routes.</p></div><div class="card"><h3>The Foundry Rooms and Velvet Cellar</h3><p>£12,500 each</p><p>Training for bar and door staff.</p></div><div class="card"><h3>Night Buses</h3><p>£72,000</p><p>Buses after midnight.</p></div>`)
	if got := recipients(r); got != "Ardenshire Women's Aid Network|Foundry Rooms|Velvet Cellar|Night Buses" {
		t.Errorf("recipients %q", got)
	}
	if len(r.Awards) > 0 && r.Awards[0].Purpose != "Safe Routes Home" {
		t.Errorf("purpose %q", r.Awards[0].Purpose)
	}
}

// TestHashtagFundAndPictographBullets: a post's hashtag names the fund
// and pictographs mark its list lines.
func TestHashtagFundAndPictographBullets(t *testing.T) {
	r := parseHTML(t, `<p>🌙 Round 3 of our #LateHoursSafetyFund is out! £190.5k for 5 projects keeping people safe after dark 👇<br>✅ Brackley Mill Night Buses CIC – £72k<br>➡️ Ardenshire Street Pastors – £38.5k<br>#Ardenshire #NightTimeEconomy</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "Late Hours Safety Fund" {
		t.Errorf("funds %v", r.Funds)
	}
	if got := recipients(r); got != "Brackley Mill Night Buses CIC|Ardenshire Street Pastors" {
		t.Errorf("recipients %q", got)
	}
	for _, a := range r.Awards {
		if a.Fund != "Late Hours Safety Fund" || a.Round == nil || *a.Round != 3 {
			t.Errorf("award %+v", a)
		}
	}
	if symbolBullet("© 2027 Hallowmere Gazette") != 0 || symbolBullet("✅Done") != 0 || symbolBullet("➡️ Next") != len("➡️ ") {
		t.Error("symbolBullet")
	}
}

// TestBuildingsShareARoundAndFundsToShare: "Village halls across England
// are sharing £X from the latest round" is a batch, and its evidence is
// the body's sentence rather than the headline; "Our X Grants have £Y to
// share" is the fund's budget.
func TestBuildingsShareARoundAndFundsToShare(t *testing.T) {
	r := parseHTML(t, `<h1>£1.26 million to keep 41 community halls warm</h1><p>Village halls, scout huts and community centres across England are sharing £1.26 million from the latest round of Hearth and Hall Grants.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 1260000 || r.Rounds[0].Evidence.Kind == "heading" {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
	r = parseHTML(t, "<p>Our Small Sparks Grants have £400,000 to share in 2027.</p>")
	if got := limitList(r); got != "Small Sparks Grants 400000 -" {
		t.Errorf("limits %v", got)
	}
}

// TestThreeSixtyGivingTable: a grants table in 360Giving's columns, with
// bare amounts beside a Currency column and each row's programme.
func TestThreeSixtyGivingTable(t *testing.T) {
	r := parseHTML(t, `<p>We publish our grants in the 360Giving Data Standard.</p><table><thead><tr><th>Identifier</th><th>Title</th><th>Currency</th><th>Amount Awarded</th><th>Award Date</th><th>Recipient Org:Name</th><th>Funding Org:Name</th><th>Grant Programme:Title</th><th>Planned Dates:Duration (months)</th></tr></thead>
<tbody><tr><td>360G-x-001</td><td>Advice service</td><td>GBP</td><td>24000</td><td>2023-03-09</td><td>Brookhaven Advice Project</td><td>The Sallowmere Trust</td><td>Open Grants</td><td>24</td></tr>
<tr><td>360G-x-002</td><td>Lunch club</td><td>EUR</td><td>950</td><td>2023-11-22</td><td>Cragfoot Lunch Club</td><td>The Sallowmere Trust</td><td>Small Grants</td><td>12</td></tr></tbody></table>`)
	if got := recipients(r); got != "Brookhaven Advice Project|Cragfoot Lunch Club" {
		t.Fatalf("recipients %q", got)
	}
	if a := r.Awards[0]; a.Amount != 24000 || a.Currency != "GBP" || a.Fund != "Open Grants" || a.Purpose != "Advice service" {
		t.Errorf("first %+v", a)
	}
	if a := r.Awards[1]; a.Amount != 950 || a.Currency != "EUR" || a.Fund != "Small Grants" {
		t.Errorf("second %+v", a)
	}
}

// TestMinuteDecisionAfterAName: "Name: approved £N for ..." in trustees'
// minutes gives Name the grant.
func TestMinuteDecisionAfterAName(t *testing.T) {
	r := parseHTML(t, `<ul><li><strong>Wealdhurst Forge Heritage Centre</strong>: approved £22,000 towards the wages of two apprentices.</li><li><strong>Ashen Quay Boatbuilders</strong>: approved £12,500 for boatbuilding courses.</li><li><strong>Kingsmere Pottery</strong> (£8,000 requested): declined.</li></ul>`)
	if got := recipients(r); got != "Wealdhurst Forge Heritage Centre|Ashen Quay Boatbuilders" {
		t.Errorf("recipients %q", got)
	}
}

// TestRoundNumbersStayWithTheirFund: a round number named for one fund
// numbers no batch of another fund on the page; money taken "from its X
// Grants to" a body goes to the body.
func TestRoundNumbersStayWithTheirFund(t *testing.T) {
	r := parseHTML(t, `<p>Wealdshire’s bid was one of 18 successful bids across England and Wales, which share £24 million in the third round of the Safer Nights Fund.</p>
<p>Alongside the Home Office funding, the Commissioner has awarded £148,000 from her Community Safety Grants to 11 local organisations.</p>
<p>The Marram Trust has awarded £75,000 from its Coastal Communities Grants to Saltcote Lifeboat Heritage Trust for a new gallery.</p>`)
	for _, x := range r.Rounds {
		switch x.Fund {
		case "Safer Nights Fund":
			if x.Round == nil || *x.Round != 3 {
				t.Errorf("safer nights round %+v", x)
			}
		case "Community Safety Grants":
			if x.Round != nil || x.Total == nil || *x.Total != 148000 {
				t.Errorf("community safety round %+v", x)
			}
		}
	}
	if len(r.Rounds) != 2 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if got := recipients(r); got != "Saltcote Lifeboat Heritage Trust" {
		t.Errorf("recipients %q", got)
	}
}

// TestLeadsInFundersWords: "£N will support a programme led by X" and
// "committed £N over five years to the X partnership, led by Y" give the
// lead its award; a card heading's place in brackets is no part of the
// test of its name.
func TestLeadsInFundersWords(t *testing.T) {
	r := parseHTML(t, `<p>A further £18,000 will support a volunteer clean-up programme led by Kelderford Churches Together.</p><p>We committed £1.5 million over five years to the Rishbrook Valley Pathways partnership, led by Heptonfold Skills Partnership, which helps care leavers.</p><h3>The Listening Post (Wexbury)</h3><p>£2,000</p><p>Volunteer listener training</p>`)
	if got := recipients(r); got != "Kelderford Churches Together|Heptonfold Skills Partnership|Listening Post" {
		t.Errorf("recipients %q", got)
	}
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestResearchBatchShapes: "backed 10 fellows with £13m" counts fellows,
// and "The centres at A (x), B (y) and C (z) each receive £N" gives each
// place its award.
func TestResearchBatchShapes(t *testing.T) {
	r := parseHTML(t, `<p>The Northlight Trust has appointed 12 fellows in the fifth round of its Northlight Future Leaders Fellowships, committing £16.2 million. Last year’s fourth round backed 10 fellows with £13 million.</p>`)
	if got := roundTotals(r); len(r.Rounds) != 2 || r.Rounds[1].Projects == nil || *r.Rounds[1].Projects != 10 {
		t.Errorf("rounds %v %+v", got, r.Rounds)
	}
	r = parseHTML(t, `<p>The centres at the University of Dunmere (offshore energy), Marlow Institute of Technology (autonomous systems) and the University of Esk (marine biotechnology) each receive £7.5 million.</p>`)
	if got := recipients(r); got != "University of Dunmere|Marlow Institute of Technology|University of Esk" {
		t.Errorf("recipients %q", got)
	}
}

// TestCompetitionAndCohortNumbers: "the third competition of the X Fund"
// and "Cohort 4 of the programme" number rounds.
func TestCompetitionAndCohortNumbers(t *testing.T) {
	r := parseHTML(t, `<p>Six projects share £12.2 million of grant funding in the third competition of the Clean Aviation Systems Fund.</p>`)
	if got := roundTotals(r); got[3] != 12200000 {
		t.Errorf("rounds %v", got)
	}
	r = parseHTML(t, `<p>Cohort 4 of the Tech Start programme backed 9 startups with £2m.</p>`)
	if got := roundTotals(r); got[4] != 2000000 {
		t.Errorf("rounds %v", got)
	}
	r = parseHTML(t, `<p>The school came second in the third competition of the season and won £500.</p>`)
	if len(r.Rounds) != 0 {
		t.Errorf("a sports competition: %+v", r.Rounds)
	}
}

// TestResearchersAndTheirHosts: a researcher's award is named by the
// researcher and, where the page names it, the host institution that
// holds it; a department is no host.
func TestResearchersAndTheirHosts(t *testing.T) {
	r := parseHTML(t, `<p>Professor Kwame Boateng of Thamesbridge University receives £5.8 million for digital twins of tidal defences.</p>
<p>The project led by Dr Priya Raman, Institute of Immunology and Infection, will receive €2,450,000.</p>
<p>Dr Saoirse Whelan, School of Chemistry, receives €1,998,750 for CATALYST-ZERO.</p>
<p>£226,000 goes to Dr Ben Oduya at the University of Wearside, who is developing a blood test.</p>
<ul><li><strong>Dr. Raj Malhotra</strong> (Computer Science) — $285,000 for a GPU cluster.</li><li><strong>Dr Fiona MacRae</strong>: <em>Gaelic place-names and community memory</em> – £348,210</li></ul>
<table><tr><th>Fellow</th><th>Host institution</th><th>Research project</th><th>Award (£)</th></tr>
<tr><td>Dr Aisling Brennan</td><td>University of Carrick</td><td>Quantum sensors</td><td>1,198,402</td></tr>
<tr><td>Dr Mateus Oliveira</td><td>Kingsmoor University</td><td>Soil networks</td><td>1,126,950</td></tr></table>`)
	want := "Kwame Boateng (Thamesbridge University)|Priya Raman (Institute of Immunology and Infection)|Saoirse Whelan|Ben Oduya (University of Wearside)|Raj Malhotra|Fiona MacRae|Aisling Brennan (University of Carrick)|Mateus Oliveira (Kingsmoor University)"
	if got := recipients(r); got != want {
		t.Errorf("recipients\n got %q\nwant %q", got, want)
	}
}

// TestBudgetSplitByYear: a fund's budget and its split across years give
// a limit for the whole and one for each year, also when "It" stands for
// the fund and the years read "in the 2027 to 2028 financial year".
func TestBudgetSplitByYear(t *testing.T) {
	r := parseHTML(t, `<p>Published 6 April 2027</p><p>The High Street Adaptation Fund is now open.</p><p>The fund is worth £45 million over 3 years. It will provide £12 million in the 2027 to 2028 financial year, £15 million in 2028 to 2029 and £18 million in 2029 to 2030.</p>`)
	if got := limitList(r); got != "High Street Adaptation Fund 45000000 -|High Street Adaptation Fund 12000000 2027/28|High Street Adaptation Fund 15000000 2028/29|High Street Adaptation Fund 18000000 2029/30" {
		t.Errorf("limits %q", got)
	}
	r = parseHTML(t, `<p>Published 6 April 2027</p><p>The Midlands Diagnostic Access Fund is open.</p><p>The fund is a non-recurrent regional fund. It has a total value of £36 million: £15 million in 2027/28 and £21 million in 2028/29.</p>`)
	if got := limitList(r); got != "Midlands Diagnostic Access Fund 36000000 -|Midlands Diagnostic Access Fund 15000000 2027/28|Midlands Diagnostic Access Fund 21000000 2028/29" {
		t.Errorf("limits %q", got)
	}
	r = parseHTML(t, `<p>Published 6 April 2027</p><p>The partnership, led by Brackenshire Housing Trust, will receive £1.2 million – £450,000 in the 2026 to 2027 financial year and £750,000 in 2027 to 2028 – for move-on flats.</p>`)
	if len(r.Awards) != 1 || len(r.Awards[0].Tranches) != 2 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestPlainTextFiguresAgainstNames: in plain text, lines that set names
// against figures across a gap are a list of awards; a budget "over two
// years: £A in 2027-28 and £B in 2028-29" gives each year's limit.
func TestPlainTextFiguresAgainstNames(t *testing.T) {
	text := "Temporary Accommodation Acquisition Fund\n\nStatement made on 27 April 2027\n\n" +
		"Today I am announcing the third round of the Temporary Accommodation Acquisition Fund.\n\n" +
		"The third round of the fund is worth £300 million over two years: £180 million\nin 2027-28 and £120 million in 2028-29.\n\n" +
		"I can today confirm allocations to 3 councils. The allocations are:\n\n" +
		"  Brackenford City Council                 £14.2m\n  Castlebridge Borough Council             £11.85m\n  Dunholme District Council                £4.3m\n\n" +
		"Councils must contribute at least 40% of the cost.   Phone 0300 123 4567\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/statement.txt"})
	if got := recipients(r); got != "Brackenford City Council|Castlebridge Borough Council|Dunholme District Council" {
		t.Errorf("recipients %q", got)
	}
	if got := limitList(r); got != "Temporary Accommodation Acquisition Fund 300000000 -|Temporary Accommodation Acquisition Fund 180000000 2027/28|Temporary Accommodation Acquisition Fund 120000000 2028/29" {
		t.Errorf("limits %q", got)
	}
}

// TestLongFundNameIsNoCue: a fund whose long name holds a word that marks
// money as no grant ("Acquisition") still has its budget read, even when
// the window before the figure holds only part of the name.
func TestLongFundNameIsNoCue(t *testing.T) {
	r := parseHTML(t, `<p>The Temporary Accommodation Acquisition Fund is worth £300 million.</p>`)
	if got := limitList(r); got != "Temporary Accommodation Acquisition Fund 300000000 -" {
		t.Errorf("limits %q", got)
	}
}

// TestBudgetsToldInPassing: a fund's budget in a closing notice ("all
// £20m has now been allocated"), fronted ("Worth £1.8m over three years,
// this fund ..."), raised ("increased from £2.5m to £3m", "by £2m to
// £5m") or recalled ("the original £5m pot"); a cap "rising to £1.25m"
// is none.
func TestBudgetsToldInPassing(t *testing.T) {
	wantLimits(t, "<p>Published 6 April 2027</p><p>", map[string]string{
		"The Department for Transport has closed its Accessible Bus Stops Fund after confirming that all £20m has now been allocated.":                "Accessible Bus Stops Fund 20000000 -",
		"The Coastal Arts Commissions Fund is new. Worth £1.8m over three years, this fund pays for artist commissions in coastal towns.":             "Coastal Arts Commissions Fund 1800000 -",
		"The Welsh Language Community Fund is open. The budget for this fund has been increased from £2.5m to £3m following strong demand.":           "Welsh Language Community Fund 3000000 -",
		"The Welsh Language Community Fund is open. Its budget has been increased by £2m to £5m.":                                                     "Welsh Language Community Fund 5000000 -",
		"The Rural Transport Innovation Fund has reopened. £3.2m of the original £5m pot remains and is available this financial year for operators.": "Rural Transport Innovation Fund 5000000 -",
		"The Capital Investment Programme offers grants of between £100,000 and £750,000, rising to £1.25m for larger projects in exceptional cases.": "",
	})
}

// TestFundsOwnBudgetAndFinalTranche: "of the fund’s £24m budget" and "of
// its £15m budget" state the budget; "the third and final tranche" is
// the third.
func TestFundsOwnBudgetAndFinalTranche(t *testing.T) {
	r := parseHTML(t, `<p>A further 14 schemes will share £10.4m in the third and final tranche of the Walk and Wheel Streets Fund.</p><p>Around £150,000 of the fund’s £24m budget has not been allocated.</p>`)
	if got := roundTotals(r); got[3] != 10400000 {
		t.Errorf("rounds %v", got)
	}
	if got := limitList(r); got != "Walk and Wheel Streets Fund 24000000 -" {
		t.Errorf("limits %q", got)
	}
	r = parseHTML(t, `<p>The Remote Communities Connectivity Fund opened in 2025. The first waves took the fund’s total commitments to £11.1m of its £15m budget.</p>`)
	if got := limitList(r); got != "Remote Communities Connectivity Fund 15000000 -" {
		t.Errorf("limits %q", got)
	}
}

// TestMoneyColumnIsNoRecipient: "Company contribution (£)" holds money,
// so it never names the recipient, and a bare figure is no name.
func TestMoneyColumnIsNoRecipient(t *testing.T) {
	r := parseHTML(t, `<p>The four partnerships are:</p><table><tr><th>Partner company</th><th>Project</th><th>Duration</th><th>Innovate UK grant (£)</th><th>Company contribution (£)</th></tr>
<tr><td>Girvan Precision Engineering Ltd</td><td>Machine vision</td><td>24 months</td><td>168,400</td><td>84,200</td></tr>
<tr><td>Doon Valley Dairies Ltd</td><td>Cheese ripening</td><td>30 months</td><td>171,050</td><td>85,525</td></tr></table>`)
	if got := recipients(r); got != "Girvan Precision Engineering Ltd|Doon Valley Dairies Ltd" {
		t.Errorf("recipients %q", got)
	}
}

// TestResearchLeadsWithAppositives: "A team led by Dr X, professor of
// ..., has received a five-year, $3.4 million grant from the National
// Institutes of Health" gives X the award and names no fund; "Dr Y,
// assistant professor of ..., has won" gives Y.
func TestResearchLeadsWithAppositives(t *testing.T) {
	r := parseHTML(t, `<p>A team led by Dr. Maya Goldfarb, professor of epidemiology in the School of Public Health, has received a five-year, $3.4 million grant from the National Institutes of Health to study hearing loss.</p><p>Dr. Tomás Reyes, assistant professor of civil and environmental engineering, has won a CAREER award of $598,211.</p>`)
	if got := recipients(r); got != "Maya Goldfarb|Tomás Reyes" {
		t.Errorf("recipients %q", got)
	}
	if len(r.Funds) != 0 {
		t.Errorf("funds %v", r.Funds)
	}
}

// TestNextYearsAndLabelledBudgets: "The remaining £18 million will be
// made available ... next financial year" is next year's budget (money
// left unspent is not); "including £8 million in 2027-28" is a year's
// part; "set aside £150,000 for the 2027/28 programme" and "Total pot:
// GBP 80,000 for 2027/28" are budgets.
func TestNextYearsAndLabelledBudgets(t *testing.T) {
	wantLimits(t, "<p>Published 26 March 2027</p>", map[string]string{
		"<p>The Rural Bus Lifeline Fund opened in 2026.</p><p>The remaining £18 million will be made available through a second round next financial year.</p>":           "Rural Bus Lifeline Fund 18000000 2027/28",
		"<p>The Island Homes Acceleration Fund opened.</p><p>The fund has £25 million available over the course of this parliament, including £8 million in 2027-28.</p>": "Island Homes Acceleration Fund 25000000 -|Island Homes Acceleration Fund 8000000 2027/28",
		"<p>The Young Makers Grants are open.</p><p>The trustees have set aside £150,000 for the 2027/28 programme, which opens in September.</p>":                        "Young Makers Grants 150000 2027/28",
		"<h2>Coastal Kitchens Grants</h2><p>Total pot: GBP 80,000 for 2027/28. Up to GBP 5,000 per group.</p>":                                                            "Coastal Kitchens Grants 80000 2027/28",
		"<p>The Village Fund closed in March.</p><p>The remaining £12,000 was unspent and returns to reserves.</p>":                                                       "",
	})
}

// TestBudgetForAYear: "The scheme’s budget this financial year was £6.5
// million" is the year's budget.
func TestBudgetForAYear(t *testing.T) {
	r := parseHTML(t, `<p>Published 26 March 2027</p><p>The Community Heat Wales Scheme has £9 million to allocate next year.</p><p>The scheme’s budget this financial year was £6.5 million.</p>`)
	if got := limitList(r); !strings.Contains(got, "Community Heat Wales Scheme 6500000 2026/27") {
		t.Errorf("limits %q", got)
	}
}

// TestFundAppositive: "the X Pathfinder, a £15m competition for ..." is
// the fund's size.
func TestFundAppositive(t *testing.T) {
	r := parseHTML(t, `<p>Separately, the department has launched the Zero Emission Coach Pathfinder, a £15m competition for operators to trial battery coaches.</p>`)
	if got := limitList(r); got != "Zero Emission Coach Pathfinder 15000000 -" {
		t.Errorf("limits %q", got)
	}
}

// TestFirstOfTwoCallsAndFirstMoney: "the first of two funding calls" is
// the first; "The first £27m from the X Fund" is round one; "share the
// first awards from the fund" numbers nothing.
func TestFirstOfTwoCallsAndFirstMoney(t *testing.T) {
	for body, want := range map[string]int{
		"Five research projects will share £11.6 million from the first of two funding calls under the Resilient Food Systems Challenge.": 1,
		"The first £27m from the Rural Bus Lifeline Fund has gone to 11 authorities.":                                                     1,
		"Ten police forces and the College of Policing are to divide £23m in the first awards from the Police Transformation Fund.":       0,
	} {
		r := parseHTML(t, "<p>"+body+"</p>")
		got := -1
		if len(r.Rounds) == 1 {
			got = 0
			if r.Rounds[0].Round != nil {
				got = *r.Rounds[0].Round
			}
		}
		if got != want {
			t.Errorf("%s: round %d, want %d (%+v)", body, got, want, r.Rounds)
		}
	}
}

// TestTotalRowUnderAPersonColumn: a table's "Total" label spanning the
// name columns totals the batch; a precise total beats the rounded one.
func TestTotalRowUnderAPersonColumn(t *testing.T) {
	r := parseHTML(t, `<p>Eight scientists will share £9.2 million in the second round of the Meridian Fellowships.</p><table><tr><th>Fellow</th><th>Host institution</th><th>Research project</th><th>Award (£)</th></tr>
<tr><td>Dr Aisling Brennan</td><td>University of Carrick</td><td>Quantum sensors</td><td>4,607,165</td></tr>
<tr><td>Dr Mateus Oliveira</td><td>Kingsmoor University</td><td>Soil networks</td><td>4,607,165</td></tr>
<tr><th colspan="3">Total</th><td>9,214,330</td></tr></table>`)
	if got := roundTotals(r); got[2] != 9214330 {
		t.Errorf("rounds %v", got)
	}
	if roundsTo(9214330, 9200000) != true || roundsTo(9260000, 9200000) || roundsTo(9200000, 9200000) {
		t.Error("roundsTo")
	}
}

// TestSchemeBackedByADepartment: "the scheme, which is backed by £40
// million from the Department for Science, Innovation and Technology" is
// the scheme's budget, and no part of the department is a grantee.
func TestSchemeBackedByADepartment(t *testing.T) {
	r := parseHTML(t, `<p>Eight scientists share £9.2 million through the Meridian Fellowships.</p><p>This is the second cohort of the scheme, which is backed by £40 million from the Department for Science, Innovation and Technology over four years.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
	if got := limitList(r); got != "Meridian Fellowships 40000000 -" {
		t.Errorf("limits %q", got)
	}
}

// TestNamesWithInAndFirstOfThree: "Ageing Well in Place Partnerships"
// and "Strength in Places Fund" keep their "in" ("$5 Million in Grants"
// is no name); "the first of three decision rounds" is round one; "£45m
// over 2025-26 to 2027-28, of which £18m is available in 2026-27" dates
// the part.
func TestNamesWithInAndFirstOfThree(t *testing.T) {
	r := parseHTML(t, `<p>Six teams will share £18.5 million from the first wave of the Ageing Well in Place Partnerships programme.</p><p>The Strength in Places Fund has a budget of £45 million over the three financial years from 2025-26 to 2027-28, of which £18 million is available in 2026-27.</p>`)
	if len(r.Funds) != 2 || r.Funds[0] != "Ageing Well in Place Partnerships programme" || r.Funds[1] != "Strength in Places Fund" {
		t.Errorf("funds %v", r.Funds)
	}
	if got := limitList(r); got != "Strength in Places Fund 45000000 -|Strength in Places Fund 18000000 2026/27" {
		t.Errorf("limits %q", got)
	}
	r = parseHTML(t, `<h1>State Awards $5 Million in Main Street Grants</h1><p>Our trustees agreed seven grants totalling £126,500 in the first of three decision rounds for the Winter Warmth Grants.</p>`)
	for _, f := range r.Funds {
		if strings.HasPrefix(f, "Million") {
			t.Errorf("funds %v", r.Funds)
		}
	}
	if got := roundTotals(r); got[1] != 126500 {
		t.Errorf("rounds %v", got)
	}
}

// TestPlaceAndKindNamedLater: "A PORT CRAY hospice has been handed almost
// £250,000" is a hospice named in the sentence after, not "PORT CRAY".
func TestPlaceAndKindNamedLater(t *testing.T) {
	r := parseHTML(t, `<p>A PORT CRAY hospice has been handed almost £250,000 to build garden rooms.</p><p>Harbourlight Hospice is among the beneficiaries of the Hospice Capital Grants Programme, and the money will pay for four rooms.</p>`)
	if got := recipients(r); got != "Harbourlight Hospice" {
		t.Errorf("recipients %q", got)
	}
}

// TestLaunchYearAndSpeakersBudget: the year a fund was launched is not
// its budget's year, and a speaker's own service budget is no fund's
// (but "Our grants budget" is).
func TestLaunchYearAndSpeakersBudget(t *testing.T) {
	r := parseHTML(t, `<p>Published 6 June 2024</p><p>The £85 million Family Centres Development Fund was launched by the Government last year to help councils open family hubs.</p><p>Councillor Nadia Brightwell said: “Our children’s services budget is £96.4 million, and most of it is spent on crisis.”</p>`)
	if got := limitList(r); got != "Family Centres Development Fund 85000000 -" {
		t.Errorf("limits %q", got)
	}
	r = parseHTML(t, `<p>Published 6 June 2025</p><p>The Open Grants Programme supports local groups.</p><p>Our grants budget for 2025/26 is £150,000.</p>`)
	if got := limitList(r); got != "Open Grants Programme 150000 2025/26" {
		t.Errorf("limits %q", got)
	}
}

// TestPersonAfterAnOpenerAndColonSplit: "In a separate announcement, Dr
// Amira Feld, a lecturer in the School of Chemistry, has received £X"
// gives the researcher; a budget "to invest in ...: £8 million in
// 2025/26 and £10 million in 2026/27" gives each year.
func TestPersonAfterAnOpenerAndColonSplit(t *testing.T) {
	r := parseHTML(t, `<p>Published 6 June 2025</p><p>In a separate announcement, Dr Amira Feld, a lecturer in the School of Chemistry, has received £650,000.</p><p>The Skills Estate Capital Fund has £18 million to invest in further education buildings and equipment: £8 million in 2025/26 and £10 million in 2026/27.</p>`)
	if got := recipients(r); got != "Amira Feld" {
		t.Errorf("recipients %q", got)
	}
	if got := limitList(r); got != "Skills Estate Capital Fund 18000000 -|Skills Estate Capital Fund 8000000 2025/26|Skills Estate Capital Fund 10000000 2026/27" {
		t.Errorf("limits %q", got)
	}
}

// TestOrdinalBeforeAName: "the second Coastal Clusters Launchpad
// competition" is round two; "the first two rounds" and "the first wave
// of round three" number nothing new.
func TestOrdinalBeforeAName(t *testing.T) {
	r := parseHTML(t, `<p>Six projects share £3.1 million in the second Coastal Clusters Launchpad competition, which supports businesses.</p>`)
	if got := roundTotals(r); got[2] != 3100000 {
		t.Errorf("rounds %v", got)
	}
	r = parseHTML(t, `<p>The Temporary Accommodation Acquisition Fund opens. I can today confirm allocations to 11 councils in the first wave of round three, totalling £96.5 million in 2027-28.</p>`)
	if got := roundTotals(r); got[3] != 96500000 {
		t.Errorf("rounds %v", got)
	}
}

// TestMinutesItemResolved: an item of minutes names the applicant and
// its request, then "RESOLVED to award a grant of £N"; "the scheme does
// not fund" names no fund.
func TestMinutesItemResolved(t *testing.T) {
	r := parseHTML(t, `<p>The Clerk reported that the Community Grants Scheme budget for 2027/28 is £24,000.</p><ol type="a">
<li><strong>Ashwell Magna Cricket Club</strong> – request for £3,000 towards replacement pitch covers (total cost £7,480). <br><strong>RESOLVED</strong> to award a grant of £3,000. (Proposed Cllr Adeyemi; unanimous)</li>
<li><strong>Ashwell in Bloom</strong> – request for £1,500 towards hanging baskets. <br><strong>RESOLVED</strong> to award a grant of £1,200, the committee noting that the scheme does not fund watering costs.</li>
<li><strong>St Michael’s Bell Ringers</strong> – request for £850 towards the tenor bell. <br><strong>RESOLVED</strong> to defer the application to the July meeting.</li></ol>`)
	if got := recipients(r); got != "Ashwell Magna Cricket Club|Ashwell in Bloom" {
		t.Errorf("recipients %q", got)
	}
	if len(r.Funds) != 1 {
		t.Errorf("funds %v", r.Funds)
	}
}

// TestWholePageFormAndMonthFirstDates: an ASP.NET page wraps everything
// in one form, which is content when it holds headings; a page whose
// dates are written month first ("approved 6/22/2027") reads "6/8/2027"
// as 8 June.
func TestWholePageFormAndMonthFirstDates(t *testing.T) {
	page := `<html><head><title>City of Flagstaff - Meeting of City Council on 6/8/2027 at 4:00 PM</title></head><body><form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x">
<table><tr><td>Meeting date/time:</td><td>6/8/2027 4:00 PM</td></tr><tr><td>Published minutes:</td><td>Minutes (approved 6/22/2027)</td></tr></table>
<h2>Minutes excerpt</h2><p>The adopted budget includes $80,000 for the Neighborhood Arts Grant Program.</p>
<table><tr><th>Organization</th><th>Project</th><th>Award</th></tr><tr><td>Sunnyside Neighborhood Association</td><td>Murals</td><td>$14,500</td></tr><tr><td>Pine Country Youth Orchestra</td><td>Instruments</td><td>$12,000</td></tr></table></form></body></html>`
	r := parsePage(t, page, Meta{URL: "https://flagstaff.legistar.example/MeetingDetail.aspx"})
	if got := recipients(r); got != "Sunnyside Neighborhood Association|Pine Country Youth Orchestra" {
		t.Errorf("recipients %q", got)
	}
	if r.Published != "2027-06-08" {
		t.Errorf("published %q", r.Published)
	}
	if got := monthFirst("2027-08-06", "on 6/8/2027, approved 22/6/2027"); got != "2027-08-06" {
		t.Errorf("a day-first page: %q", got)
	}
}

// TestAgendaTitlesAreNoFunds: "Consideration and Approval of Grant
// Awards" is an agenda item, and "Grant offer" no fund; "budget includes
// $80,000 for the X Program, funded from ..." is the programme's budget.
func TestAgendaTitlesAreNoFunds(t *testing.T) {
	r := parseHTML(t, `<h3>8.A. Consideration and Approval of Grant Awards: FY 2027-28 Neighborhood Arts and Culture Grant Program</h3><p>The adopted FY 2027-28 budget includes $80,000 for the Neighborhood Arts and Culture Grant Program, funded from the BBB tax.</p><p>Appendix A – Grant offer letter.</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "Neighborhood Arts and Culture Grant Program" {
		t.Errorf("funds %v", r.Funds)
	}
	if got := limitList(r); got != "Neighborhood Arts and Culture Grant Program 80000 2027/28" {
		t.Errorf("limits %q", got)
	}
}

// TestPlainTextReleaseWithCountyLists: a plain-text release whose
// headline is in capitals over a standfirst, and whose grants are
// indented lines under county headings; a US state makes "$" US dollars.
func TestPlainTextReleaseWithCountyLists(t *testing.T) {
	text := "FOR IMMEDIATE RELEASE\nMay 6, 2027\n\nVERMONT ARTS COUNCIL ANNOUNCES $287,400 IN CREATIVE PLACES GRANTS\nFourth round supports 14 community arts projects in 10 counties\n\n" +
		"MONTPELIER, Vt. -- The Vermont Arts Council today announced 14 grants totaling\n$287,400 in the fourth round of its Creative Places Grant program.\n\nThis round's grants:\n\n" +
		"ADDISON COUNTY\n  Middlebury Story Walk Partners, Middlebury: $20,000 for illustrated story panels\n  Bristol Bandstand Restoration Committee, Bristol: $19,500 for restoration of the bandstand\n\n" +
		"FRANKLIN COUNTY\n  Richford Border Arts Initiative, Richford: $19,000 for a public art project with Quebec neighbors\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/release.txt"})
	if got := recipients(r); got != "Middlebury Story Walk Partners|Bristol Bandstand Restoration Committee|Richford Border Arts Initiative" {
		t.Errorf("recipients %q", got)
	}
	for _, a := range r.Awards {
		if a.Currency != "USD" {
			t.Errorf("currency %+v", a)
		}
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Creative Places Grant program" {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestDollarsInThousandsCaption: "(dollars in thousands)" in a caption
// scales the cells and makes them dollars.
func TestDollarsInThousandsCaption(t *testing.T) {
	r := parseHTML(t, `<table><caption>Local Public Health Modernization Fund allocations, SFY 2028–2029 (dollars in thousands)</caption><tr><th>Local health district</th><th>SFY 2028</th><th>SFY 2029</th><th>Biennium total</th></tr>
<tr><td>Lake Erie Shores Health District</td><td>1,482.5</td><td>1,630.8</td><td>3,113.3</td></tr><tr><td>Maumee Valley Health District</td><td>1,106.2</td><td>1,216.8</td><td>2,323.0</td></tr></table>`)
	if len(r.Awards) != 2 || r.Awards[0].Amount != 3113300 || r.Awards[0].Currency != "USD" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestFunderAwardedInASentence: "USDA awarded $38.2 million for 17
// projects" in a sentence gives a round, not an award to USDA.
func TestFunderAwardedInASentence(t *testing.T) {
	r := parseHTML(t, `<p>The Rural Water Resilience Grant Program opened in 2026. In the first round, announced in February, USDA awarded $38.2 million for 17 projects.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 17 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestAbbreviationInALabel: "Project, St. Johnsbury: $24,500" keeps the
// name before the town.
func TestAbbreviationInALabel(t *testing.T) {
	r := parseHTML(t, `<ul><li>Northeast Kingdom Fiddle Heritage Project, St. Johnsbury: $24,500 for fiddle sessions</li><li>Hardwick Village Green Association, Hardwick: $25,000 for a stage</li></ul>`)
	if got := recipients(r); got != "Northeast Kingdom Fiddle Heritage Project|Hardwick Village Green Association" {
		t.Errorf("recipients %q", got)
	}
}

// TestCouncillorGrantsRegister: in a register of ward grants the
// "Councillor(s)" column names who proposed each grant and the
// organisation gets it; withdrawn and pending rows are no awards.
func TestCouncillorGrantsRegister(t *testing.T) {
	r := parseHTML(t, `<p>Ward members’ grants approved this year.</p><table><thead><tr><th>Date</th><th>Councillor(s)</th><th>Ward</th><th>Organisation</th><th>Purpose</th><th>Amount</th><th>Status</th></tr></thead>
<tr><td>12/05/2026</td><td>Cllr Priya Nandra</td><td>Alderwick Green</td><td>Alderwick Green Residents' Association</td><td>Fun day</td><td>£750</td><td>Paid</td></tr>
<tr><td>19/05/2026</td><td>Cllrs Dowd and Osei (pooled)</td><td>Canal</td><td>Canalside Community Kitchen</td><td>Fridge</td><td>£4,500</td><td>Paid</td></tr>
<tr><td>14/07/2026</td><td>Cllr Ben Tierney</td><td>Fairholme</td><td>Fairholme Library Friends</td><td>Prizes</td><td>£600</td><td>Withdrawn – event funded by sponsorship</td></tr>
<tr><td>05/01/2027</td><td>Cllr Mariam Siddiqui</td><td>Northbank</td><td>Northbank Community Garden</td><td>Tool shed</td><td>£1,800</td><td>Pending due diligence</td></tr></table>`)
	if got := recipients(r); got != "Alderwick Green Residents' Association|Canalside Community Kitchen" {
		t.Errorf("recipients %q", got)
	}
}

// TestComparisonYearColumns: "2025/26 allocation | 2026/27 allocation |
// Change" sets last year's figure beside this year's award.
func TestComparisonYearColumns(t *testing.T) {
	r := parseHTML(t, `<p>Allocations for 2026/27:</p><table><tr><th>Community safety partnership</th><th>2025/26 allocation (£)</th><th>2026/27 allocation (£)</th><th>Change</th></tr>
<tr><td>Kingsmead Community Safety Partnership</td><td>298,000</td><td>306,000</td><td>+2.7%</td></tr>
<tr><td>Eastwich Community Safety Partnership</td><td>247,500</td><td>252,000</td><td>+1.8%</td></tr></table>`)
	if len(r.Awards) != 2 || r.Awards[0].Amount != 306000 || r.Awards[1].Amount != 252000 || len(r.Awards[0].Tranches) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestFixedWidthDecisionRecord: a plain-text record's table with a line
// of units under its header and right-aligned figures; the Business
// column names the grantee and a lower-case aside is no part of a name.
func TestFixedWidthDecisionRecord(t *testing.T) {
	text := "RECORD OF DECISION\n\nTitle:                Town Centre Shopfront Improvement Grant Scheme - Round 2 awards\nDate of publication:  5 August 2026\n\n" +
		"1.1 To award grants under the Town Centre Shopfront Improvement Grant Scheme\n    to the businesses listed below, totalling GBP 14,640.00.\n\n" +
		"  Property           Business                       Eligible cost     Grant\n" +
		"                                                          (GBP)       (GBP)\n" +
		"  -----------------------------------------------------------------------------\n" +
		"  12 Bridge Street   Kettle & Crumb Ltd (cafe)          14,280.00    7,140.00\n" +
		"  3-5 High Street    Pennington's Hardware              21,900.00    7,500.00\n" +
		"  -----------------------------------------------------------------------------\n" +
		"  Total                                                  36,180.00   14,640.00\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/odr.txt"})
	if got := recipients(r); got != "Kettle & Crumb Ltd|Pennington's Hardware" {
		t.Errorf("recipients %q", got)
	}
	if len(r.Awards) == 2 && (r.Awards[0].Amount != 7140 || r.Awards[1].Amount != 7500) {
		t.Errorf("awards %+v", r.Awards)
	}
	if got := lowerAside("Ashworth Solar Streets (led by Ashworth Metropolitan Borough Council)"); got != "Ashworth Metropolitan Borough Council" {
		t.Errorf("lowerAside %q", got)
	}
}

// TestLetteredResolutionItems: "(a) £75,000 to X towards ..." under a
// resolution is an item of a list; a "Date approved" column holds no
// money.
func TestLetteredResolutionItems(t *testing.T) {
	r := parseHTML(t, `<p>(2) To approve grants totalling £386,250 to the 11 organisations listed in Appendix 1, including:</p><p>(a) £75,000 to Castlebrook Foodbank Network towards a shared warehouse; and</p><p>(b) £62,500 to Old Mill Youth Project to extend its youth work.</p>
<table><thead><tr><th>Date approved</th><th>Ward</th><th>Organisation</th><th>Purpose</th><th>Grant (£)</th></tr></thead><tr><td>21/10/2026</td><td>Holmfield</td><td>Holmfield Tenants Association</td><td>Halloween event</td><td>950</td></tr><tr><td>04/11/2026</td><td>Brackley</td><td>Friends of Brackley Park</td><td>Bulbs</td><td>600</td></tr></table>`)
	if got := recipients(r); got != "Castlebrook Foodbank Network|Old Mill Youth Project|Holmfield Tenants Association|Friends of Brackley Park" {
		t.Errorf("recipients %q", got)
	}
	if letterMarker("(see) below") != 0 || letterMarker("(iv) x") != 5 || letterMarker("b) x") != 3 {
		t.Error("letterMarker")
	}
}

// TestProposalsAreNoAwards: recommendations put to a meeting are no
// awards until decided; the decisions a meeting RESOLVED are.
func TestProposalsAreNoAwards(t *testing.T) {
	r := parseHTML(t, `<p>The Investment Board is recommended to:</p><ol><li>approve an award of £4.2m from the Brownfield Housing Fund to Vale Homes Group for remediation of the Ashcroft Works;</li><li>note the awards made under delegated authority.</li></ol>
<p>(2) That Cabinet be recommended to approve a grant of £95,000 to Ravensholme Community Transport.</p>
<p>Cabinet RESOLVED:</p><ol><li>to approve a grant of £62,500 to Old Mill Youth Project to extend its youth work.</li></ol>`)
	if got := recipients(r); got != "Old Mill Youth Project" {
		t.Errorf("recipients %q", got)
	}
}

// TestSetAsideForAScheme: "The Council has set aside £2,000 for the
// Parish Grants Scheme in 2026/27" is the scheme's budget, not a grant
// to the parish.
func TestSetAsideForAScheme(t *testing.T) {
	r := parseHTML(t, `<p>The Council has set aside £2,000 for the Parish Grants Scheme in 2026/27.</p>`)
	if len(r.Awards) != 0 || limitList(r) != "Parish Grants Scheme 2000 2026/27" {
		t.Errorf("awards %+v limits %q", r.Awards, limitList(r))
	}
}

// TestAcronymWithAHead: "the BHF programme" after "the Brownfield
// Housing Fund (BHF)" is that fund.
func TestAcronymWithAHead(t *testing.T) {
	r := parseHTML(t, `<p>Awards from the Brownfield Housing Fund (BHF) were reported.</p><p>3.1 The BHF programme is worth £68.4m over the three years 2025/26 to 2027/28.</p>`)
	if len(r.Funds) != 1 || limitList(r) != "Brownfield Housing Fund 68400000 -" {
		t.Errorf("funds %v limits %q", r.Funds, limitList(r))
	}
}

// TestBudgetsInDecisionWording: a Chest's budget for a year, a part of a
// fund's allocation "available for community grants", and "the X Grants
// budget for 2026/27, which is £250,000" are budgets; another body's
// budget "which is £58.4m" is not the fund's.
func TestBudgetsInDecisionWording(t *testing.T) {
	wantLimits(t, "<p>Published 1 June 2026</p>", map[string]string{
		"<p>The Panel considered eight applications to the Community Chest. The Community Chest budget for 2026/27 is £150,000.</p>":                                                              "Community Chest 150000 2026/27",
		"<p>To note that £450,000 of the council’s 2026/27 UK Shared Prosperity Fund allocation is available for community grants.</p>":                                                           "UK Shared Prosperity Fund 450000 2026/27",
		"<p>To award capital grants from the Community Asset Capital Grants budget for 2026/27, which is £250,000, as follows:</p>":                                                               "Community Asset Capital Grants 250000 2026/27",
		"<p>The Adult Skills Recovery Fund opened in May.</p><p>The Adult Skills Recovery Fund is separate from the Combined Authority’s adult education budget, which is £58.4m in 2022/23.</p>": "",
	})
}

// TestDeadlinesAndYearToMarch: "with the next round closing in October"
// is a deadline, not a fund closing; "for the year to 31 March 2028" is
// 2027/28.
func TestDeadlinesAndYearToMarch(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>The Active Places Renewal Fund has £35m to hand out in 2027-28, with the next round closing in October.</p><p>Our Open Grants Programme has a budget of £1.25m for the year to 31 March 2028.</p>`)
	if got := limitList(r); got != "Active Places Renewal Fund 35000000 2027/28|Open Grants Programme 1250000 2027/28" {
		t.Errorf("limits %q", got)
	}
	if !fundClosing("the fund is closing after ten years") || fundClosing("applications closing in october") || fundClosing("the next round closing on 30 june") {
		t.Error("fundClosing")
	}
}

// TestFundInvestingAndRemainderOfAFund: "The X Fund is investing £50m
// over five years" is its budget; "The remaining $6 million of the
// $18-million fund will be available in 2027-28" dates the remainder,
// not the whole.
func TestFundInvestingAndRemainderOfAFund(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>The Heritage Horizons Fund is investing £50million over five years in projects that give historic places a future.</p>`)
	if got := limitList(r); got != "Heritage Horizons Fund 50000000 -" {
		t.Errorf("limits %q", got)
	}
	r = parseHTML(t, `<p>Published 1 June 2027</p><p>The Community Power Catalyst Fund opened in 2026.</p><p>The remaining $6 million of the $18-million fund will be available in the 2027-28 fiscal year.</p>`)
	if got := limitList(r); got != "Community Power Catalyst Fund 6000000 2027/28|Community Power Catalyst Fund 18000000 -" {
		t.Errorf("limits %q", got)
	}
}

// TestFundNamesInTitles: "Third Round of Storefront Program" names the
// programme, "Community Safety Fund and Small Grants Scheme" two funds,
// and "Committee of Ward Community Budget grants" the budget.
func TestFundNamesInTitles(t *testing.T) {
	for body, want := range map[string]string{
		"<h1>Governor Announces $14.2 Million for 37 Projects in Third Round of Storefront Program</h1>":                       "Storefront Program",
		"<p>The Commissioner allocated £1,236,000 from the Community Safety Fund and Small Grants Scheme to partnerships.</p>": "Community Safety Fund",
		"<p>2.1 That the Committee of Ward Community Budget grants notes the six grants, totalling £14,850.</p>":               "Ward Community Budget grants",
	} {
		r := parseHTML(t, body)
		if len(r.Funds) == 0 || r.Funds[0] != want {
			t.Errorf("%s: funds %v, want %q first", body, r.Funds, want)
		}
	}
}

// TestResearchListItems: a list item's title may ask a question, a named
// scheme may stand between "awarded a" and "Grant of", and associate
// professors are people.
func TestResearchListItems(t *testing.T) {
	r := parseHTML(t, `<ul><li><strong>Dr Euan Sutherland</strong>: <em>Who owns the Highlands? Land reform and local democracy since 2003</em> – £297,500</li>
<li>Dr Leah Moritz (School of Psychology) has been awarded a Hartwell Trust Research Project Grant of GBP 249,870 over 36 months.</li></ul>
<p>Associate Professor Dylan Ng has received £564,000 for a study of rooftop solar.</p>`)
	if got := recipients(r); got != "Euan Sutherland|Leah Moritz|Dylan Ng" {
		t.Errorf("recipients %q", got)
	}
}

// TestGenericGrantHeadsAreNoFunds: "INDIVIDUAL AWARDS" over a list and
// "Individual grants" describe grants, not a fund; a researcher "(Chemistry)"
// on the university's own page holds the award with it.
func TestGenericGrantHeadsAreNoFunds(t *testing.T) {
	r := parseHTML(t, `<h2>INDIVIDUAL AWARDS</h2><p>Individual grants of £5,000 went to Ashby Youth Club and Bexley Trust.</p>`)
	for _, f := range r.Funds {
		if strings.EqualFold(f, "Individual awards") || strings.EqualFold(f, "Individual grants") {
			t.Errorf("funds %v", r.Funds)
		}
	}
	r2 := parsePage(t, `<html><head><title>Grants won | News | University of Dunmere</title></head><body><article><p>Professor Alun Pryce (Chemistry) has won £612,000 from the Discovery Grants scheme.</p></article></body></html>`, Meta{URL: "https://dunmere.example/news"})
	if got := recipients(r2); got != "Alun Pryce (University of Dunmere)" {
		t.Errorf("recipients %q", got)
	}
}

// TestPaymentUpToIsACap: "A further payment of up to £400 is available"
// is what one applicant may get, not the fund's budget.
func TestPaymentUpToIsACap(t *testing.T) {
	r := parseHTML(t, `<p>The Warm Homes Hardship Fund reopens.</p><p>A further payment of up to £400 is available towards boiler repairs or replacement heaters.</p>`)
	if len(r.Limits) != 0 || len(r.Caps) != 1 || r.Caps[0].Amount != 400 {
		t.Errorf("limits %+v caps %+v", r.Limits, r.Caps)
	}
}

// TestSavingABuildingPayGradesAndTheFundsCompetition: "will help X save
// the chapel" is no saving of money; "Band 6 – £38,682 to £46,580" is a
// pay scale; "the fund’s second competition" is round two.
func TestSavingABuildingPayGradesAndTheFundsCompetition(t *testing.T) {
	r := parseHTML(t, `<p>More than £640,000 will help Tŷ Cerrig Chapel Trust save the Grade II* listed chapel and its organ.</p><ul><li>Band 6 – £38,682 to £46,580.</li></ul><p>HYFERRY is one of seven projects to share £31m in the fund’s second competition.</p>`)
	if got := recipients(r); got != "Tŷ Cerrig Chapel Trust" {
		t.Errorf("recipients %q", got)
	}
	if got := roundTotals(r); got[2] != 31000000 {
		t.Errorf("rounds %v", got)
	}
}

// TestPluralFunderHeadline: "Commissioners award $1.39 million in
// Healthy Aging grants" is a batch, not an award to "Healthy Aging".
func TestPluralFunderHeadline(t *testing.T) {
	r := parseHTML(t, `<h1>Commissioners award $1.39 million in Healthy Aging grants</h1><p>The county made eleven grants.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestGrantNamedBeforeItsRecipient: "will use a $1,980,000 grant to
// drill a well" and "to award their annual $25,000 Impact Grant to X".
func TestGrantNamedBeforeItsRecipient(t *testing.T) {
	r := parseHTML(t, `<p>The Rural Water Resilience Grant Program funds water systems.</p><ul><li>Saguaro Valley Water Users Association will use a $1,980,000 grant to drill a replacement well.</li></ul><p>Members of the Giving Circle voted on June 9 to award their annual $25,000 Impact Grant to Harbor Literacy Project, which will use it to train tutors.</p>`)
	if got := recipients(r); got != "Saguaro Valley Water Users Association|Harbor Literacy Project" {
		t.Errorf("recipients %q", got)
	}
}

// TestStateFiscalYearsInABiennium: "SFY 2028" is the fiscal year ending
// in 2028, and a biennium named before the figure is not its year.
func TestStateFiscalYearsInABiennium(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>The Local Public Health Modernization Fund was created in 2025.</p><p>The operating budget for the 2028-2029 biennium appropriates $20 million for the fund in SFY 2028 and $22 million in SFY 2029.</p>`)
	if got := limitList(r); got != "Local Public Health Modernization Fund 20000000 2027/28|Local Public Health Modernization Fund 22000000 2028/29" {
		t.Errorf("limits %q", got)
	}
}

// TestSummaryStatisticsAndAppeals: "Average grant: £30,700" is a
// statistic and "£50 could keep a warm space open" an appeal's example.
func TestSummaryStatisticsAndAppeals(t *testing.T) {
	r := parseHTML(t, `<ul><li>Average grant: £30,700</li><li>312 grants worth £9.6m in total</li></ul><h2>CAN YOU HELP?</h2><p>£50 could keep a warm space open for an evening.</p>`)
	if len(r.Awards) != 0 || len(r.Funds) != 0 {
		t.Errorf("awards %+v funds %v", r.Awards, r.Funds)
	}
}

// TestBodyDecidedAfterAnItemLabel: "X: requested £30,000; trustees
// approved £18,000 for ..." gives X the approved sum.
func TestBodyDecidedAfterAnItemLabel(t *testing.T) {
	r := parseHTML(t, `<ul><li><strong>Ryecombe Thatching Collective</strong>: requested £30,000; trustees approved £18,000 for a thatching training yard.</li></ul>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Ryecombe Thatching Collective" || r.Awards[0].Amount != 18000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestResearchersRespectively: "Dr A, from the School of X, and Dr B,
// from the Department of Y, have been awarded £1 and £2 respectively".
func TestResearchersRespectively(t *testing.T) {
	r := parseHTML(t, `<p>Dr Priya Raman, from the School of Chemistry, and Dr Callum Fraser, from the Department of Computer Science, have been awarded £1.24 million and £1.51 million respectively through the Frontier Leaders Fellowships scheme.</p>`)
	if got := recipients(r); got != "Priya Raman|Callum Fraser" || r.Awards[1].Amount != 1510000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestLeadsRespectively: "Collaborations in X and Y, led by A and B,
// receive £1 and £2 respectively" gives the leads; "Two teams at the
// University of Z, led by Dr A and Dr B, receive ..." gives the
// researchers with their host.
func TestLeadsRespectively(t *testing.T) {
	r := parseHTML(t, `<p>Collaborations in Morecambe Bay and the Thames Estuary, led by Lunesdale University and South Essex Community Health NHS Trust, receive £4.4 million and £4.2 million respectively.</p><p>Two teams at the University of Shannonside, led by Dr Niamh Costello and Dr Farid Haddad, receive €845,000 and €790,000 respectively, for research on rural mental health.</p>`)
	if got := recipients(r); got != "Lunesdale University|South Essex Community Health NHS Trust|Niamh Costello (University of Shannonside)|Farid Haddad (University of Shannonside)" {
		t.Errorf("recipients %q", got)
	}
}

// TestRecommendationsRefusalsAndWithdrawals: a report's recommendations,
// a list of applications not approved, an offer withdrawn and an
// application refused are no awards.
func TestRecommendationsRefusalsAndWithdrawals(t *testing.T) {
	r := parseHTML(t, `<p>2.1 It is recommended that the Committee:</p><p>(a) awards £3,500 from the Kinloch Common Good Fund to the Kinloch Highland Games Association;</p>
<p>Cabinet be RECOMMENDED to award £6,000 to the Kingsmead Festival Trust.</p>
<p>4.2 An offer of £5,000 to Fellside Bus Users’ Group for a Sunday bus pilot was withdrawn.</p>
<h2>Annex B – Applications not approved (amount requested)</h2><ul><li>Kelby Village Hall (£60,000) – scored below threshold</li></ul>
<p>The Committee refuses the application from Glenmore Estates Ltd (£6,000) for path repairs.</p>
<h2>Grants approved</h2><ul><li>Ashby Youth Club – £2,000 for a minibus</li></ul>`)
	if got := recipients(r); got != "Ashby Youth Club" {
		t.Errorf("recipients %q", got)
	}
}

// TestWardBudgetTableAndApplicationsForDecision: a resolution's table of
// ward budget allocations with an "Agreed £" column gives awards; a
// report's table of "applications for decision" gives none.
func TestWardBudgetTableAndApplicationsForDecision(t *testing.T) {
	r := parseHTML(t, `<ol><li>That the Members' Ward Budget allocations set out below be approved, in the amounts shown in the ‘Agreed’ column:
<table><thead><tr><th>Division</th><th>Applicant</th><th>Purpose</th><th>Requested £</th><th>Agreed £</th></tr></thead>
<tr><td>Thornbury &amp; Cley</td><td>Cley Village Hall Trust</td><td>Defibrillator cabinet</td><td>1,200</td><td>1,200</td></tr>
<tr><td>Thornbury &amp; Cley</td><td>Thornbury Juniors FC</td><td>Goalkeeper kit</td><td>800</td><td>600</td></tr></table></li></ol>
<h2>Appendix B: Round 3 applications for decision</h2><table><thead><tr><th>Ref</th><th>Ward</th><th>Applicant</th><th>Project</th><th>Amount requested (£)</th><th>Amount recommended (£)</th></tr></thead>
<tr><td>NA/26/31</td><td>Ashgrove</td><td>Ashgrove Community Cinema</td><td>Projector</td><td>9,800</td><td>6,000</td></tr>
<tr><td>NA/26/32</td><td>Weir Bank</td><td>Weir Bank Carnival Committee</td><td>Carnival</td><td>18,650</td><td>7,500</td></tr></table>`)
	if got := recipients(r); got != "Cley Village Hall Trust|Thornbury Juniors FC" || r.Awards[1].Amount != 600 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestBareFiguresInTheDocumentsCurrency: a plain-text summary of grants
// agreed, with figures and no currency in the table, takes the page's.
func TestBareFiguresInTheDocumentsCurrency(t *testing.T) {
	text := "MINUTES OF THE GRANTS COMMITTEE\n\n4.1 The Committee agreed grants from its £80,000 budget.\n\n4.3 Summary of Round 3 grants agreed:\n\n" +
		"       Organisation                     Requested      Agreed\n" +
		"       ------------------------------   ---------   ---------\n" +
		"       Fenwick Street Youth Project        18,000      15,000\n" +
		"       Colby Bridge Foodbank                5,000       5,000\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/minutes.txt"})
	if got := recipients(r); got != "Fenwick Street Youth Project|Colby Bridge Foodbank" || r.Awards[0].Amount != 15000 || r.Awards[0].Currency != "GBP" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestItemTitledByItsBeneficiary: "Neonatal Unit – family accommodation
// refurbishment. ... The Committee APPROVED a grant of £60,000" gives the
// unit the grant.
func TestItemTitledByItsBeneficiary(t *testing.T) {
	r := parseHTML(t, `<ul><li><strong>Neonatal Unit – family accommodation refurbishment.</strong> The total project cost is £142,000. The Committee APPROVED a grant of £60,000 from the General Purposes Fund. The balance of £82,000 is expected from the appeal.</li></ul>`)
	if got := recipients(r); got != "Neonatal Unit" || r.Awards[0].Amount != 60000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestPublishedTimeAndPostedOn: of two <time> elements the one labelled
// "Date published" dates the page, not the decision's; "Posted on 14
// April 2027" in a header dates it too.
func TestPublishedTimeAndPostedOn(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><body><article><div class="field--name-field-decision-date"><div class="field__label">Date of decision</div><div class="field__item"><time datetime="2026-03-24T12:00:00Z">24 March 2026</time></div></div><div class="field--name-field-published"><div class="field__label">Date published</div><div class="field__item"><time datetime="2026-03-27T12:00:00Z">27 March 2026</time></div></div><p>Ashby Trust receives £5,000.</p></article></body></html>`), Meta{}, Options{})
	if err != nil || r.Published != "2026-03-27" {
		t.Errorf("published %q %v", r.Published, err)
	}
	r, err = Parse(strings.NewReader(`<html><body><h1>Fellowships: 2027 awards</h1><div class="submitted">Posted on 14 April 2027</div><article><p>Ashby Trust receives £5,000.</p></article></body></html>`), Meta{}, Options{})
	if err != nil || r.Published != "2027-04-14" {
		t.Errorf("published %q %v", r.Published, err)
	}
}

// TestBackedFundAndPluralAcronyms: "The £4m fund, backed by the combined
// authority’s Investment Fund" is the page's fund, not its backer; "are
// among 18 new CDTs sharing £136 million" is a batch.
func TestBackedFundAndPluralAcronyms(t *testing.T) {
	r := parseHTML(t, `<p>The Proof of Concept Fund supports start-ups; fourteen businesses share £1.1m in its fourth round.</p><p>The £4m fund, backed by the combined authority’s Investment Fund, offers grants of between £25,000 and £100,000.</p>`)
	if got := limitList(r); got != "Proof of Concept Fund 4000000 -" {
		t.Errorf("limits %q", got)
	}
	r = parseHTML(t, `<p>Both centres are among 18 new CDTs sharing £136 million announced today.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// wantLimits parses each body after prefix and checks its limits
// ("Fund amount period|...", "-" for no period).
func wantLimits(t *testing.T, prefix string, cases map[string]string) {
	t.Helper()
	for body, want := range cases {
		r := parseHTML(t, prefix+body)
		if got := limitList(r); got != want {
			t.Errorf("%s\n got %q\nwant %q", body, got, want)
		}
	}
}

// TestPlainTextDoubleDash: "Dr Gwen Morgan, Menai University -- £310,000
// -- "title"" in a plain-text digest.
func TestPlainTextDoubleDash(t *testing.T) {
	text := "1. AWARDS\n\nNetworks funded include:\n\n  * Dr Gwen Morgan, Menai University -- £310,000 -- \"Chapels, choirs\n    and the Welsh-language everyday\"\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/digest.txt"})
	if got := recipients(r); got != "Gwen Morgan (Menai University)" {
		t.Errorf("recipients %q", got)
	}
}

// TestUniversitiesOf: "The universities of A, B and C will each receive
// £N" gives the University of A, of B and of C.
func TestUniversitiesOf(t *testing.T) {
	r := parseHTML(t, `<p>The universities of Harlow Ridge, Tamsworth and Calder Vale will each receive £6.2 million for transport hubs.</p>`)
	if got := recipients(r); got != "University of Harlow Ridge|University of Tamsworth|University of Calder Vale" {
		t.Errorf("recipients %q", got)
	}
}

// TestNamedGrantsBudgets: "the Area Discretionary Budget" and "Members'
// Ward Budgets" name funds; "the Revenue Budget" does not.
func TestNamedGrantsBudgets(t *testing.T) {
	r := parseHTML(t, `<p>The Committee notes the three grants totalling £2,250 awarded under delegated powers from the Area Discretionary Budget.</p><p>The council's Revenue Budget for grants is £2m.</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "Area Discretionary Budget" || len(r.Rounds) != 1 || r.Rounds[0].Fund != "Area Discretionary Budget" {
		t.Errorf("funds %v rounds %+v", r.Funds, r.Rounds)
	}
}

// TestWorksProgrammeIsNoFund: "our £3.2m winter resurfacing programme" is
// a council's own works, not a fund's budget.
func TestWorksProgrammeIsNoFund(t *testing.T) {
	r := parseHTML(t, `<p>The Community Climate Action Fund opened.</p><p>Road resurfacing: our £3.2m winter resurfacing programme on B-roads starts in January.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestWardBudgetsAndFundsSetAt: "The North Area Ward Community Budget
// for 2026/27 is £90,000" and "the budget set the Community Safety Fund
// at £1.45 million" are budgets.
func TestWardBudgetsAndFundsSetAt(t *testing.T) {
	wantLimits(t, "<p>Published 1 June 2026</p>", map[string]string{
		"<p>3.1 The North Area Ward Community Budget for 2026/27 is £90,000, made up of £15,000 for each of the six wards.</p>":                        "North Area Ward Community Budget 90000 2026/27",
		"<p>The Commissioner’s budget for 2026/27 set the Community Safety Fund at £1.45 million, unchanged in cash terms from the previous year.</p>": "Community Safety Fund 1450000 2026/27",
	})
}

// TestExpectedAwardsThroughAProgramme: "We expect to award around £48m
// through Heritage Horizons in 2026/27" is the programme's budget.
func TestExpectedAwardsThroughAProgramme(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2026</p><p>We expect to award around £48m through Heritage Horizons across the UK in 2026/27.</p>`)
	if got := limitList(r); got != "Heritage Horizons 48000000 2026/27" {
		t.Errorf("limits %q", got)
	}
}

// TestYearlyBudgetOverNamedYears: "a Fund of £1.5m a year for two years,
// 2026/27 and 2027/28" gives each year's budget.
func TestYearlyBudgetOverNamedYears(t *testing.T) {
	wantLimits(t, "<p>Published 1 June 2026</p>", map[string]string{
		"<p>In March 2026 the Board agreed to create a Health Inequalities Fund of £1.5m a year for two years, 2026/27 and 2027/28, for voluntary organisations.</p>": "Health Inequalities Fund 1500000 2026/27|Health Inequalities Fund 1500000 2027/28",
		"<p>The grants total £333,000, within the Culture and Events Grants programme budget of £200,000 a year for 2027/28 and 2028/29.</p>":                         "Culture and Events Grants 200000 2027/28|Culture and Events Grants 200000 2028/29",
	})
}

// TestCommittedSinceTheFundOpened: "Since the Fund opened, the Board has
// committed £21.65m" is a running total, not a round.
func TestCommittedSinceTheFundOpened(t *testing.T) {
	r := parseHTML(t, `<p>The Brownfield Homes Acceleration Fund pays for remediation.</p><p>2.2 Since the Fund opened, the Board has committed £21.65m to earlier schemes, which are now on site.</p>`)
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestProjectHeadingOverNamedGrantee: a project's heading over "£612,000
// for the Clydeside Maritime Heritage Society to ..." names the project;
// the society is the grantee. "If its next application is successful,
// the trust could receive £2.3m" is no award yet.
func TestProjectHeadingOverNamedGrantee(t *testing.T) {
	r := parseHTML(t, `<p>15 July 2027</p><p>Eleven projects have received a share of £8.9m from our Heritage Horizons Fund.</p>
<h3>Scotland</h3><h4>Ardmore Shipyard Archive</h4>
<p>£612,000 for the Clydeside Maritime Heritage Society to catalogue and digitise 40,000 ship plans.</p>
<h3>Wales</h3><h4>Capel Llanfair</h4>
<p>Capel Llanfair Preservation Trust has received initial support for its plans. If its next application is successful, the trust could receive a full grant of £2.3m.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Clydeside Maritime Heritage Society" || r.Awards[0].Amount != 612000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestYearlyAwardWithItsTotal: "$45,000 in each of the next three years
// (2027/28 to 2029/30), a total of $135,000" is one award of the total;
// a total that is no whole number of years' worth is left alone.
func TestYearlyAwardWithItsTotal(t *testing.T) {
	for page, want := range map[string]int64{
		"<p>Published 1 June 2027</p><p>Kowhai Coast Surf Life Saving Club will receive $45,000 in each of the next three years (2027/28 to 2029/30), a total of $135,000, to keep lifeguards on the beaches.</p>": 135000,
		"<p>Published 1 June 2027</p><p>The Kowhai Trust gets £10,000 a year for three years, totalling £30,000, for peer-support groups.</p>":                                                                     30000,
		"<p>Published 1 June 2027</p><p>The Kowhai Trust gets £10,000 a year for three years, totalling £35,000, for peer-support groups.</p>":                                                                     10000,
	} {
		r := parseHTML(t, page)
		if len(r.Awards) == 0 || r.Awards[0].Amount != want {
			t.Errorf("%s: awards %+v, want first %d", page, r.Awards, want)
		}
	}
}

// TestPaginationIsChrome: the "Previous: ... Next: New £50,000 fund for
// young farmers" links under a post name other posts, not this one's
// money.
func TestPaginationIsChrome(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>The Resilient Communities Fund has awarded £20,000 to Brockley Food Bank.</p>
<div class="blog-item-pagination"><a class="item-pagination-link--prev" href="/a">Previous: Celebrating our Volunteer Awards</a> <a class="item-pagination-link--next" href="/b">Next: New £50,000 fund for young farmers launches</a></div>`)
	if len(r.Limits) != 0 || len(r.Awards) != 1 || strings.Contains(r.Awards[0].Evidence.Text, "Next") {
		t.Errorf("limits %+v awards %+v", r.Limits, r.Awards)
	}
}

// TestListItemNamesCommaEach: "<li>Three Rivers Barbershop and Ngo Family
// Pharmacy, $25,000 each</li>" is one award to each; an adverbial "In
// Leeds and Bradford, £5,000 each ..." names no grantees.
func TestListItemNamesCommaEach(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Round two recipients include:</p><ul><li>Harbor Light Books, $42,300 for new signage</li><li>Three Rivers Barbershop and Ngo Family Pharmacy, $25,000 each</li><li>In Leeds and Bradford, $5,000 each went to youth clubs</li></ul>`)
	if got := awardList(r); got != "Harbor Light Books 42300|Three Rivers Barbershop 25000|Ngo Family Pharmacy 25000" {
		t.Errorf("awards %q", got)
	}
}

// TestEachOfAGroupOverAList: "Each company will receive up to £75,000"
// with the companies listed after a sentence and a heading gives each
// listed company the figure; a list of what the money buys names no one.
func TestEachOfAGroupOverAList(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Each Chair receives £2.8 million over ten years.</p><p>The new Chairs are:</p><ul><li>Professor Ann Lee, University of Kelsall, co-sponsored by Ardent Cement plc: low-clinker concretes.</li><li>Dr Yasmin Haddad, Kingsmere College London: fire-safe timber.</li></ul>
<p>Each company will receive up to £75,000 of grant funding. The cohort will share up to £150,000.</p><h2>The second cohort</h2><ul><li>Anchorfast Ltd (Falmouth) – monitoring of anchors</li><li>Hookline Subsea (Plymouth) – ROV tooling</li></ul>
<p>Each school will receive £5,000 to spend on:</p><ul><li>outdoor play equipment</li><li>Forest School training</li></ul>`)
	var got []string
	for _, aw := range r.Awards {
		got = append(got, aw.Recipient+" "+strconv.FormatInt(aw.Amount, 10))
	}
	want := "Ann Lee (University of Kelsall) 2800000|Yasmin Haddad (Kingsmere College London) 2800000|Anchorfast Ltd 75000|Hookline Subsea 75000"
	if strings.Join(got, "|") != want {
		t.Errorf("awards %q, want %q", got, want)
	}
}

// TestOneOfNineSharing: "X's project is one of nine sharing £30 million
// in the first round" is the round's total over nine projects, not X's
// award.
func TestOneOfNineSharing(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Calder Vale’s project is one of nine sharing £30 million in the first round of the accelerator.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 9 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 30000000 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestEachOfTheGroupNamedBefore: "Three networks will be led by A, B and
// C." then "each of the three networks receiving £9 million" gives each
// of the three £9 million; a list of another length names no one.
func TestEachOfTheGroupNamedBefore(t *testing.T) {
	for page, want := range map[string]string{
		`<p>Published 1 June 2027</p><p>Three new research networks will be led by the University of Glenmuir, Northgate University and Lunesdale University, the charity announced today.</p><p>The charity is investing £27 million in the networks, with each of the three networks receiving £9 million over six years.</p>`: "University of Glenmuir 9000000|Northgate University 9000000|Lunesdale University 9000000",
		`<p>Published 1 June 2027</p><p>The hubs are Glenmuir Energy Trust and Northgate Housing Partnership.</p><p>Each of the three hubs will receive £9 million.</p>`:                                                                                                                                                         "",
	} {
		r := parseHTML(t, page)
		if got := awardList(r); got != want {
			t.Errorf("%s: awards %q, want %q", page, got, want)
		}
	}
}

// TestOtherNewsIsChrome: an "Other news" heading over links to other
// posts opens site furniture, not the story's money.
func TestOtherNewsIsChrome(t *testing.T) {
	r := parseHTML(t, `<p>Posted 4 March 2027</p><p>Sixteen partners met in Bilbao to launch the project.</p><h2>Other news</h2><ul><li><a href="/a">Sister project H2GRID receives €6 million for grid services</a></li></ul>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestProjectFactsBox: a "Project facts" card beside the article, with
// "EU contribution: € 7 985 412,00" above "Coordinator: X", is X's
// award; an applicant's own contribution is not, nor a sidebar's money.
func TestProjectFactsBox(t *testing.T) {
	page := `<html><head><title>HYDRAFLOW kicks off</title></head><body>
<div class="row"><div class="col-lg-8"><h1>HYDRAFLOW kicks off in Bilbao</h1><p>Posted 4 March 2027</p>
<p>Sixteen partners from nine countries met in Bilbao on 24 and 25 February to launch HYDRAFLOW, a four-year project to couple flow batteries with electrolysers.</p>
<p>The consortium will build and operate a demonstration plant at the Port of Bilbao from 2029, and share what it learns with grid operators across Europe.</p></div>
<div class="col-lg-4"><div class="card"><div class="card-header">Project facts</div><ul>
<li><strong>Total cost:</strong> € 9 612 300,00</li><li><strong>Partners' contribution:</strong> € 1 626 888,00</li>
<li><strong>EU contribution:</strong> € 7 985 412,00</li><li><strong>Coordinator:</strong> Instituto Ibérico del Hidrógeno (IIH), Spain</li></ul></div>
<aside><h3>Other projects</h3><p>H2GRID receives €6 million for grid services.</p></aside></div></div></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/n"})
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Instituto Ibérico del Hidrógeno" || r.Awards[0].Amount != 7985412 || r.Awards[0].Currency != "EUR" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestAfterSecuring: "X is to lead a £30m programme ..., after securing
// £22m from Y" is X's £22m; the programme's value is no award.
func TestAfterSecuring(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>The Smart Factory Catapult is to lead a £30m programme to help manufacturers adopt AI, after securing £22m from the Digital Manufacturing Accelerator.</p>`)
	if got := recipients(r); len(r.Awards) != 1 || got != "Smart Factory Catapult" || r.Awards[0].Amount != 22000000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestTheFirmAfterAnOpeningPhrase: "Alongside the investment, the firm
// has secured a £1.46m grant" is the grant of the company that opened an
// earlier sentence, though its name has no "Ltd".
func TestTheFirmAfterAnOpeningPhrase(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Septiq Diagnostics, which is based at the Carrick Innovation Park, said the Series A round was led by Northlight Ventures.</p><p>Alongside the investment, the firm has secured a £1.46m grant from the Health Tech Catalyst fund.</p>`)
	if got := recipients(r); got != "Septiq Diagnostics" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestLongAwardNameBeforeOf: "has won a National Science Foundation
// Faculty Early Career Development (CAREER) award of $598,211": ten words
// and a bracketed acronym name the award between the verb and the figure.
func TestLongAwardNameBeforeOf(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Dr. Tomás Reyes, assistant professor of civil engineering, has won a National Science Foundation Faculty Early Career Development (CAREER) award of $598,211.</p>`)
	if got := recipients(r); got != "Tomás Reyes" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestClosingBracketFigure: "A project led by Dr Dylan Ng, with Dr Sarah
// Whitford, will examine ... ($564,000)." is the lead's grant, and "Dr
// Jack Tran’s fellowship, worth $459,000, will ..." Tran's; a house worth
// a sum is no grant.
func TestClosingBracketFigure(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>A project led by Associate Professor Dylan Ng, with Dr Sarah Whitford, will examine the economics of rooftop solar in rental housing ($564,000).</p><p>Bramley Housing Trust will examine damp in rental housing (£64,000).</p><p>Dr Jack Tran’s fellowship, worth $459,000, will use machine learning to improve smoke forecasting.</p><p>Dr Ann Lee’s house, worth $900,000, was sold.</p>`)
	if got := recipients(r); got != "Dylan Ng|Bramley Housing Trust|Jack Tran" {
		t.Errorf("awards %q", got)
	}
}

// TestOfWhichTheEUContribution: "a total cost of €7,936,500, of which the
// EU contribution is €6,412,875" and "of which €7.99 million is provided
// by the European Union" are grants to the project's coordinator.
func TestOfWhichTheEUContribution(t *testing.T) {
	for page, want := range map[string]string{
		`<p>Published 1 June 2027</p><p>Kingsmoor University will coordinate a 14-partner European project on hydrogen in gas pipes.</p><p>The project has a total cost of €7,936,500, of which the EU contribution is €6,412,875.</p>`:                   "Kingsmoor University 6412875",
		`<p>Published 1 June 2027</p><p>HYDRAFLOW is coordinated by the Instituto Ibérico del Hidrógeno (IIH).</p><p>The project has a total budget of €9.61 million, of which €7.99 million is provided by the European Union under Horizon Europe.</p>`: "Instituto Ibérico del Hidrógeno 7990000",
	} {
		r := parseHTML(t, page)
		if got := awardList(r); got != want {
			t.Errorf("%s: awards %q, want %q", page, got, want)
		}
	}
}

// TestRoundedRepeatDropped: "€7.99 million" beside €7,985,412 for the
// same recipient is one award, the exact one; £400,000 beside £410,000
// is two.
func TestRoundedRepeatDropped(t *testing.T) {
	got := dropHedgedRepeats([]Award{
		{Recipient: "IIH", Amount: 7990000, Currency: "EUR"},
		{Recipient: "IIH", Amount: 7985412, Currency: "EUR"},
		{Recipient: "Calderbrook Council", Amount: 400000, Currency: "GBP"},
		{Recipient: "Calderbrook Council", Amount: 410000, Currency: "GBP"},
	})
	if len(got) != 3 || got[0].Amount != 7985412 {
		t.Errorf("kept %+v", got)
	}
}

// TestEachYearOfTheListsYears: "two-year grants ... for 2027/28 and
// 2028/29 as follows:" over "X: £32,000 in each year;" is £64,000 in two
// tranches; without the years in the opening line it stays one year's.
func TestEachYearOfTheListsYears(t *testing.T) {
	for page, want := range map[string]int64{
		`<p>Published 1 June 2027</p><p>That two-year grants be awarded for 2027/28 and 2028/29 as follows:</p><ul><li>Kingsford Fringe Festival Ltd: £32,000 in each year;</li></ul>`: 64000,
		`<p>Published 1 June 2027</p><p>That grants be awarded as follows:</p><ul><li>Kingsford Fringe Festival Ltd: £32,000 in each year;</li></ul>`:                                  32000,
	} {
		r := parseHTML(t, page)
		if len(r.Awards) != 1 || r.Awards[0].Amount != want {
			t.Errorf("%s: awards %+v, want %d", page, r.Awards, want)
		}
	}
}

// TestTotalThenItsYears: "£1.2 million over two years, £700,000 in
// 2026-27 and £500,000 in 2027-28, for X" is one award of £1.2 million in
// two tranches; yearly figures that do not add up to the first stay apart.
func TestTotalThenItsYears(t *testing.T) {
	for page, want := range map[string]int64{
		`<p>Published 1 June 2027</p><ul><li>£1.2 million over two years, £700,000 in 2026-27 and £500,000 in 2027-28, for Porth y Dref Development Trust to restore the Market Chambers;</li></ul>`: 1200000,
		`<p>Published 1 June 2027</p><ul><li>£1.5 million over two years, £700,000 in 2026-27 and £500,000 in 2027-28, for Porth y Dref Development Trust to restore the Market Chambers;</li></ul>`: 500000,
	} {
		r := parseHTML(t, page)
		if len(r.Awards) != 1 || r.Awards[0].Amount != want || want == 1200000 && len(r.Awards[0].Tranches) != 2 {
			t.Errorf("%s: awards %+v, want %d", page, r.Awards, want)
		}
	}
}

// TestLabelRespectively: "<li>A and B – £310,000 and £265,000
// respectively for ...</li>" is one award to each, "Tenants and
// Residents Association" being one name.
func TestLabelRespectively(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><ul><li>Calder Lane Tenants and Residents Association and Pennyfold Community Trust – £310,000 and £265,000 respectively for loft insulation</li></ul>`)
	if got := awardList(r); got != "Calder Lane Tenants and Residents Association 310000|Pennyfold Community Trust 265000" {
		t.Errorf("awards %q", got)
	}
}

// TestDecisionBoxBesideReportText: with no <article> or <main>, the
// densest block (a report's text) and a sibling that scores a fifth as
// well (the "Decision" box) are both the content; a company's legal form
// ends its name ("Wendlebury Homes LLP for Canal Basin Phase 2").
func TestDecisionBoxBesideReportText(t *testing.T) {
	page := `<html><head><title>Decision details</title></head><body><div id="mgContent"><h1>Decision details</h1>
<div class="mgDecisionText"><p>RESOLVED:</p><p>(ii) That grant awards totalling £8.0m be approved from the Brownfield Homes Acceleration Fund to the following schemes:</p>
<p>(a) £4.2m to Wendlebury Homes LLP for Canal Basin Phase 2, Wendlebury;</p><p>(b) £3.8m to Ashby Moor Borough Council for remediation of the former gasworks site.</p></div>
<div class="mgReportText"><p>1.1 To update the Board on the Brownfield Homes Acceleration Fund (BHAF) and to seek approval for scheme awards.</p>
<p>2.1 The BHAF has a total budget of £38.0m, made up of devolved housing capital and the Authority's gainshare allocation. The Fund must be fully committed by March 2028.</p>
<p>2.2 Since the Fund opened, the Board has committed £21.65m to earlier schemes, which are expected to unlock 1,460 homes across the area.</p>
<p>3.1 Grant will be paid in arrears against evidenced spend and is subject to clawback if homes are not started on site within 24 months.</p></div></div></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/d"})
	if got := recipients(r); got != "Wendlebury Homes LLP|Ashby Moor Borough Council" {
		t.Errorf("awards %q", got)
	}
}

// TestAddedToFund: "A further £10 million has been added to the X Fund
// for 2027/28" is the fund's budget for that year; money added to a
// household's bill is not.
func TestAddedToFund(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>A further £10 million has been added to the Net Zero Neighbourhoods Fund for 2027/28, the Mayor announced today.</p><p>Around £120 has been added to the average energy bill.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 10000000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestSpendingReviewIsNoSpending: "a total budget of £1.2bn over the
// current spending review period" is the fund's budget; the spending
// review names its span, not money spent.
func TestSpendingReviewIsNoSpending(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>The government has allocated £212m to 143 bids in the Clean Heat Homes Fund.</p><p>The fund has a total budget of £1.2bn over the current spending review period.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 1200000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestInvestsOverYearsThroughFund: "is investing $1.5 billion over 10
// years through the X Fund" is the fund's budget; "is investing
// $4,850,000 through the Y Program" in this round's projects is not.
func TestInvestsOverYearsThroughFund(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>The Government of Canada is investing $1.5 billion over 10 years through the Community Climate Resilience Fund to help communities prepare for floods.</p><p>The Government of Canada is investing $4,850,000 through the Active Communities Connector Program in these projects.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 1500000000 || r.Limits[0].Fund != "Community Climate Resilience Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestTheProgramsBudgetRaised: "Council increased the program’s annual
// budget to $500,000" is the budget of the program named before.
func TestTheProgramsBudgetRaised(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>Port Harlow City Council has approved $486,000 in grants to 19 community organizations through the Neighbourhood Vitality Grant Program.</p><p>Council increased the program’s annual budget to $500,000 earlier this year.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 500000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestFundReceivedFromLegislature: "The X Program received $12 million
// from the General Assembly for fiscal year 2028" is the program's
// budget for that year, not an award to it.
func TestFundReceivedFromLegislature(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>The Main Street Resilience Grant Program received $12 million from the General Assembly for fiscal year 2028 (July 1, 2027 – June 30, 2028).</p>`)
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("awards %+v limits %+v", r.Awards, r.Limits)
	}
}

// TestClippedFundName: "the Storefront Program" is the "Main Street
// Storefront Revitalization Program" named before it; "the Harbor Arts
// Program" is a fund of its own.
func TestClippedFundName(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>The Main Street Storefront Revitalization Program has awarded $40,000 to Harbor Light Books.</p><p>The Storefront Program has awarded $30,000 to Ngo Family Pharmacy.</p><p>The Harbor Arts Program has awarded $20,000 to Riverside Hall Trust.</p>`)
	var funds []string
	for _, aw := range r.Awards {
		funds = append(funds, aw.Fund)
	}
	if strings.Join(funds, "|") != "Main Street Storefront Revitalization Program|Main Street Storefront Revitalization Program|Harbor Arts Program" {
		t.Errorf("funds %q", funds)
	}
}

// TestIncludedInReceipt: "X has received initial support for its plans
// ..., including £148,500 development funding" is X's award; "X has
// received support from partners, including £5,000 of its own reserves"
// is not.
func TestIncludedInReceipt(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>Capel Llanfair Preservation Trust has received initial support for its plans to restore the chapel, including £148,500 development funding.</p><p>Bryn Hall Trust has received support from many partners, including £5,000 of its own reserves.</p>`)
	if got := recipients(r); got != "Capel Llanfair Preservation Trust" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestPossessiveTitleInFundName: "the Mayor's Youth Fund" and "the Young
// People's Grants programme" keep their titles; "the Home Office's Police
// Transformation Fund" is the Police Transformation Fund.
func TestPossessiveTitleInFundName(t *testing.T) {
	r := parseHTML(t, "<p>Published 1 July 2027</p><p>The Mayor's Youth Fund has awarded £2,000 to Riverside Youth Club.</p><p>The Young People's Grants programme gave £1,000 to Ashby Scouts.</p><p>The Home Office's Police Transformation Fund has awarded £3,000 to Elm Street Watch.</p>")
	var funds []string
	for _, aw := range r.Awards {
		funds = append(funds, aw.Fund)
	}
	if strings.Join(funds, "|") != "Mayor's Youth Fund|Young People's Grants|Police Transformation Fund" {
		t.Errorf("funds %q", funds)
	}
}

// TestCalendarYearTranches: "EUR 420,000 in 2027 and a further EUR
// 380,000 in 2028" is one award of EUR 800,000 in two parts of no UK
// financial year (null periods in JSON); "£1.4m in 2027/28 and the
// remaining £0.7m in 2028/29" is £2.1m.
func TestCalendarYearTranches(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>Achill Sound Makers Co-operative Society will receive EUR 420,000 in 2027 and a further EUR 380,000 in 2028 to build a studio.</p><p>Leeds Southbank Studios CIO will receive £1.4m in 2027/28 and the remaining £0.7m in 2028/29.</p>`)
	if len(r.Awards) != 2 || r.Awards[0].Amount != 800000 || len(r.Awards[0].Tranches) != 2 || r.Awards[0].Tranches[0].Period != "" || r.Awards[1].Amount != 2100000 {
		t.Fatalf("awards %+v", r.Awards)
	}
	b, err := json.Marshal(r.Awards[0].Tranches[0])
	if err != nil || string(b) != `{"period":null,"amount":420000}` {
		t.Errorf("tranche JSON %s, %v", b, err)
	}
}

// TestTableCoordinatorAndEURMillion: a "Coordinator" column names the
// grantee (not the project's acronym) and "EU contribution (EUR million)"
// gives euros in millions.
func TestTableCoordinatorAndEURMillion(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2027</p><p>Eight projects have been selected for funding under the second call of the Soil Futures Research Programme.</p><table><thead><tr><th>Acronym</th><th>Title</th><th>Coordinator</th><th>Country</th><th>EU contribution (EUR million)</th></tr></thead><tbody><tr><td>ROOTLINK</td><td>Root-zone microbiomes</td><td>Instituto de Suelos Mediterráneos</td><td>Spain</td><td>4.80</td></tr><tr><td>URBASOIL</td><td>Reversing soil sealing</td><td>Hochschule für Stadtboden Wien</td><td>Austria</td><td>3.62</td></tr></tbody></table>`)
	var got []string
	for _, aw := range r.Awards {
		got = append(got, aw.Recipient+" "+aw.Currency+" "+strconv.FormatInt(aw.Amount, 10))
	}
	if strings.Join(got, "|") != "Instituto de Suelos Mediterráneos EUR 4800000|Hochschule für Stadtboden Wien EUR 3620000" {
		t.Errorf("awards %q", got)
	}
}

// TestFacilityFund: "the Rural Digital Hubs Facility" is a fund, as EU
// programmes are named; "the Ashby Leisure Facility" is a building that
// gets a grant.
func TestFacilityFund(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2027</p><p>The second call of the Rural Digital Hubs Facility has a total budget of EUR 6 million.</p><p>The Ashby Leisure Facility has been awarded £200,000 by the council.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Rural Digital Hubs Facility" || recipients(r) != "Ashby Leisure Facility" {
		t.Errorf("limits %+v awards %+v", r.Limits, r.Awards)
	}
}

// TestProjectLeadColumn: "Project lead | Project | Total grant" names
// the grantee in the first column, the project in the second.
func TestProjectLeadColumn(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 October 2027</p><p>The Community Energy Fund has awarded these grants.</p><table><caption>Round 2 grants (£)</caption><thead><tr><th>Project lead</th><th>Project</th><th>Total grant</th></tr></thead><tbody><tr><td>Wolds Edge Renewables Co-operative</td><td>Wind turbine repowering study</td><td>38,000</td></tr></tbody></table>`)
	if got := recipients(r); got != "Wolds Edge Renewables Co-operative" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestReportDateIsPublished: a council report's "REPORT DATE" is when
// it was published; the meeting it goes to comes later.
func TestReportDateIsPublished(t *testing.T) {
	txt := "Calderbrook Metropolitan Borough Council\n\nREPORT TO: Cabinet\nDATE OF MEETING: 19 October 2027\nREPORT DATE: 8 October 2027\n\n1.1 That Cabinet approves a grant of £45,000 to Calderbrook Community Transport.\n"
	r := parsePage(t, txt, Meta{ContentType: "text/plain"})
	if r.Published != "2027-10-08" {
		t.Errorf("published %q", r.Published)
	}
	r = parseHTML(t, `<table><tr><th>Date of meeting:</th><td>19 October 2027</td></tr><tr><th>Report date:</th><td>8 October 2027</td></tr></table><p>That Cabinet approves a grant of £45,000 to Calderbrook Community Transport.</p>`)
	if r.Published != "2027-10-08" {
		t.Errorf("html published %q", r.Published)
	}
}

// TestHasToAwardAndProjectCostInBrackets: "The Main Grants Programme has
// £240,000 to award in 2027/28" is its budget for the year, no award; a
// grant of "£20,000 (total project cost £68,000)" is £20,000, the cost in
// brackets no cue against it.
func TestHasToAwardAndProjectCostInBrackets(t *testing.T) {
	r := parseHTML(t, `<p>Posted 11 October 2027</p><h2>Main Grants Programme</h2><p>The Main Grants Programme has £240,000 to award in 2027/28, across meetings in October and January.</p><dl><dt>Pendle Hill Outdoor Learning Trust</dt><dd>£20,000 (total project cost £68,000)</dd><dd>A classroom shelter.</dd></dl>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 240000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Pendle Hill Outdoor Learning Trust" || r.Awards[0].Amount != 20000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestLineBreakInCellAndFooterDates: "$750,000<br><small>2027–28:
// $300,000 ...</small>" in a cell is $750,000; a "Last reviewed" line is
// the date of last resort, and a "Key dates" box of openings and closings
// is no publication date.
func TestLineBreakInCellAndFooterDates(t *testing.T) {
	page := `<html><head><title>Round 3 recipients</title></head><body><main><h1>Regional Arts Infrastructure Fund: round 3 recipients</h1>
<p>Eight projects share the third round of the Regional Arts Infrastructure Fund, announced by the minister for the arts.</p>
<table><thead><tr><th>Recipient</th><th>Project</th><th>RAIF funding (GST exclusive)</th></tr></thead><tbody>
<tr><td>Mary Valley Music Shed Association</td><td>Performance shed</td><td>$750,000<br><small>2027&ndash;28: $300,000; 2028&ndash;29: $450,000</small></td></tr></tbody></table>
<aside class="key-dates"><h2>Key dates</h2><dl><dt>Round 4 opens</dt><dd>1 November 2027</dd></dl></aside>
<p class="qg-content-footer">Last reviewed: 15 October 2027</p></main></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/raif"})
	if len(r.Awards) != 1 || r.Awards[0].Amount != 750000 {
		t.Errorf("awards %+v", r.Awards)
	}
	if r.Published != "2027-10-15" {
		t.Errorf("published %q", r.Published)
	}
}

// TestCharityBlogWeAndUs: on a charity's own blog "We’ll receive
// £30,000 ..., then £28,000 and £26,000" tells the £84,000 just awarded
// year by year (no new award), and "the X Fund gave us £7,500" is the
// charity's award.
func TestCharityBlogWeAndUs(t *testing.T) {
	page := `<html><head><title>We’ve been awarded £84,000! – Oakfield Family Centre</title></head><body><article><h1>We’ve been awarded £84,000</h1><p>Posted 10 October 2027</p>
<p>Oakfield Family Centre has been awarded £84,000 from the Thriving Families Fund!</p>
<p>The grant covers three years. We’ll receive £30,000 in our first year (2027/28), then £28,000 and £26,000 in the two years after that.</p>
<p>Last year the Staffordshire Hearth Fund gave us £7,500 towards Saturday Club.</p></article></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/blog"})
	if got := awardList(r); got != "Oakfield Family Centre 84000|Oakfield Family Centre 7500" {
		t.Errorf("awards %q", got)
	}
}

// TestPlaceNameWithUnder: "Boughton under Blean Brass Band" over its
// figure on a grant card is one name, as "Newcastle upon Tyne" is.
func TestPlaceNameWithUnder(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 October 2027</p><div class="card"><h3>Boughton under Blean Brass Band</h3><span class="amount">£12,980</span><p>Replacement instruments.</p></div>`)
	if got := recipients(r); got != "Boughton under Blean Brass Band" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestLedByBeforeBracketedFigure: "<li>A consortium led by X, with three
// districts ($725,000) – removing dams</li>" is the lead's award.
func TestLedByBeforeBracketedFigure(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 October 2027</p><ul><li>A consortium led by <b>Portage Creek Restoration Partners</b>, with three county soil and water conservation districts ($725,000) – removing two low-head dams</li></ul>`)
	if got := recipients(r); got != "Portage Creek Restoration Partners" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestDescribedFundIsNoName: "the wind farm-backed fund" describes the
// fund the page names elsewhere; it is no fund of its own.
func TestDescribedFundIsNoName(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 October 2027</p><p>Nineteen projects have been handed grants from the Dales Village Futures Fund.</p><p>The grants are the third round to be handed out by the wind farm-backed fund.</p>`)
	for _, f := range r.Funds {
		if strings.Contains(strings.ToLower(f), "backed") {
			t.Errorf("funds %+v", r.Funds)
		}
	}
}

// TestCorrectionsAndStruckFigures: "will receive <del>£1.6m</del>
// £1.85m" is £1.85m, and "In our 14:20 update we reported that Prudhoe
// would receive £1.6m." is a figure withdrawn.
func TestCorrectionsAndStruckFigures(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 October 2027</p><p>In our 14:20 update we reported that Prudhoe would receive £1.6m. The partnership board has since confirmed a different figure.</p><p>Prudhoe Riverside Community Partnership will receive <del>£1.6m</del> £1.85m for the riverside.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Amount != 1850000 || r.Awards[0].Recipient != "Prudhoe Riverside Community Partnership" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestMatchFundingIsNoGrant: "the trust has secured £1.4m in match
// funding from a local developer" is money from elsewhere, however
// plainly the trust secured it.
func TestMatchFundingIsNoGrant(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 October 2027</p><p>Minehead Seafront Trust receives £2.1m for a new public square. The scheme will cost £4.9m in total; the trust has secured £1.4m in match funding from a local developer.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Amount != 2100000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestCoordinatorLedByField: "<dt>Coordinator</dt><dd>A consortium led by
// Scheldt Towage NV</dd><dt>EU funding</dt><dd>12.1 M EUR</dd>" is the
// lead's award.
func TestCoordinatorLedByField(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2027</p><h3>Electric harbour tugs, Antwerp</h3><dl><dt>Coordinator</dt><dd>A consortium led by Scheldt Towage NV</dd><dt>EU funding</dt><dd>12.1 M EUR</dd></dl><p>Four battery-electric tugs.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Scheldt Towage NV" || r.Awards[0].Amount != 12100000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestSpreadAcrossAPlace: "Almost £7m approved for creative spaces across
// West Yorkshire" gives West Yorkshire nothing; "an integrated technology
// project across the East Midlands" names the region's project.
func TestSpreadAcrossAPlace(t *testing.T) {
	r := parseHTML(t, `<h2>Almost £7m approved for creative spaces across West Yorkshire</h2><p>Published 1 September 2027</p><p>The studios will open next year.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestTotalComprisingAGrant: "X, the ... developer, today announced £4.2
// million in new funding, comprising a £2.7 million grant from the Y Fund
// and a £1.5 million Series A extension" is X's £2.7 million; the
// headline's £4.2 million is the mixed total, no award. A budget "made up
// of" two sources stays a budget.
func TestTotalComprisingAGrant(t *testing.T) {
	page := `<html><head><title>Forthwave Robotics secures £4.2 million</title></head><body><article><h1>Forthwave Robotics secures £4.2 million to scale subsea inspection</h1>
<p>EDINBURGH, 14 September 2027 /PRNewswire/ -- Forthwave Robotics Ltd, the Edinburgh-based developer of underwater inspection vehicles, today announced £4.2 million in new funding, comprising a £2.7 million grant from the Caledonian Net Zero Innovation Fund and a £1.5 million Series A extension led by Lomond Ventures.</p>
<p>The Caledonian Net Zero Innovation Fund has a total budget of £60m, made up of £40m from the government and £20m from the bank.</p></article></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/pr"})
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Forthwave Robotics Ltd" || r.Awards[0].Amount != 2700000 {
		t.Errorf("awards %+v", r.Awards)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 60000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestSetAsideFigureFirst: "£4 million has been set aside for the
// programme in 2027-28" is the programme's budget for the year.
func TestSetAsideFigureFirst(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2027</p><p>The minister announced five hubs under the second call of the Community Hubs Investment Programme.</p><p>£4 million has been set aside for the programme in 2027-28.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 4000000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestCommittedToIt: "When the Fund was launched, the Government
// committed EUR 25 million to it over the period 2026 to 2029" is the
// fund's budget.
func TestCommittedToIt(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2027</p><p>The Minister confirmed 19 projects under the Coastal Community Enterprise Fund.</p><p>When the Fund was launched, the Government committed EUR 25 million to it over the period 2026 to 2029.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 25000000 || r.Limits[0].Fund != "Coastal Community Enterprise Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestParticipantListItems: an <aside> headed "Project information" in
// the article, whose list items set a participant's name, country and
// "Net EU contribution: € 1 412 500,00" each in a <div>, gives each
// participant its contribution.
func TestParticipantListItems(t *testing.T) {
	r := parseHTML(t, `<p>Published 12 March 2025</p><p>The AQUAREGEN project restored seagrass meadows and shellfish reefs at six pilot sites around Europe's coasts.</p>
<aside class="c-project-info"><h2>Project information</h2><h3>Participants (2)</h3><ul>
<li><div class="name">Stichting Deltawater Onderzoek</div><div class="country">Netherlands</div><div class="role">Coordinator</div><div class="contrib">Net EU contribution: <span>€ 1 412 500,00</span></div></li>
<li><div class="name">AquaSense Technologies GmbH</div><div class="country">Germany</div><div class="contrib">Net EU contribution: <span>€ 705 000,00</span></div></li></ul></aside>`)
	if got := awardList(r); got != "Stichting Deltawater Onderzoek 1412500|AquaSense Technologies GmbH 705000" {
		t.Errorf("awards %q", got)
	}
}

// TestForeignNameConnectors: "Instituto de Ciências do Mar de Faro" and
// "Réseau des Petites Scènes" are whole names.
func TestForeignNameConnectors(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2027</p><p>Réseau des Petites Scènes (France, Belgium and Luxembourg), coordinated from Lyon, receives €400,000 to run a touring circuit.</p><p>Instituto de Ciências do Mar de Faro has been awarded €968,250 for reef monitoring.</p>`)
	if got := recipients(r); got != "Réseau des Petites Scènes|Instituto de Ciências do Mar de Faro" {
		t.Errorf("awards %q", got)
	}
}

// TestWeReceivedOnOwnSite: "the £212,000 we received in the fund’s
// first round" on a charity's own site is the charity's; on a news
// site's page "we" gets nothing.
func TestWeReceivedOnOwnSite(t *testing.T) {
	for title, want := range map[string]string{
		"Our new studio – Saltmarsh Community Arts": "Saltmarsh Community Arts",
		"Our new studio – Saltmarsh Evening News":   "",
	} {
		page := `<html><head><title>` + title + `</title></head><body><article><p>Published 1 September 2019</p><p>This builds on the £212,000 we received in the fund’s first round in 2017, which paid for the Boatshed Gallery.</p></article></body></html>`
		r := parsePage(t, page, Meta{URL: "https://example.org/b"})
		if got := recipients(r); got != want {
			t.Errorf("%s: awards %q, want %q", title, got, want)
		}
	}
}

// TestHeadlineAddsUpBodyAwards: "Ludford and Kestrelford win £792,000"
// over "£480,000 and £312,000 respectively" is the two awards together,
// no third.
func TestHeadlineAddsUpBodyAwards(t *testing.T) {
	r := parseHTML(t, `<h1>Ludford and Kestrelford win £792,000 to help older residents get online</h1><p>Published 1 September 2021</p><p>Ludford City Council and Kestrelford Borough Council will receive £480,000 and £312,000 respectively from the second round of the Digital Inclusion Challenge Fund.</p>`)
	if got := recipients(r); got != "Ludford City Council|Kestrelford Borough Council" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestKindOnlyPartEndsName: "Dunmere College and Pennick Sixth Form and
// Technical College will each receive £875,000" is two colleges, not
// three.
func TestKindOnlyPartEndsName(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2021</p><p>Dunmere College and Pennick Sixth Form and Technical College will each receive £875,000 for new labs.</p>`)
	if got := recipients(r); got != "Dunmere College|Pennick Sixth Form and Technical College" {
		t.Errorf("awards %q", got)
	}
}

// TestResearchersAcrossProjects: "Kurrajong University researchers have
// been awarded more than $14.6 million across 28 projects" is a batch of
// 28, not one award to the university.
func TestResearchersAcrossProjects(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2027</p><p>Kurrajong University researchers have been awarded more than $14.6 million across 28 projects in the latest round.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 28 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
	// a headline's "Kestrel Bay researchers secure $4.05 million" is
	// the batch the body goes on to tell
	r = parseHTML(t, `<h1>Kestrel Bay researchers secure $4.05 million for coastal industries</h1><p>Published 1 September 2027</p><p>Five projects were funded.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("headline awards %+v", r.Awards)
	}
}

// TestEquityInvestmentIsNoGrant: "Kelpway Materials gets a €1.75 million
// grant, and has been offered an equity investment of up to €8 million"
// is one grant; the equity is a share bought.
func TestEquityInvestmentIsNoGrant(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 September 2027</p><p>Kelpway Materials gets a €1.75 million grant, and has been offered an equity investment of up to €8 million, subject to due diligence.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Amount != 1750000 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestSeveralRoundsTotal: "Rounds 1 and 2 delivered $14.2 million to 41
// projects" adds up two rounds, so it is neither's total; the third
// round's own total stands.
func TestSeveralRoundsTotal(t *testing.T) {
	r := parseHTML(t, `<p>Published 15 October 2027</p><p>Eight projects will share $5.82 million in round 3 of the Regional Arts Infrastructure Fund.</p><p>Rounds 1 and 2 delivered $14.2 million to 41 projects.</p>`)
	if rd := roundOfTotal(r, 14200000); rd != nil {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if len(r.Rounds) != 1 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestThisIsTheFourthRound: "... announced $3.4 million in grants to 12
// projects through its X program. This is the program’s fourth annual
// grant round." numbers the batch just told.
func TestThisIsTheFourthRound(t *testing.T) {
	r := parseHTML(t, `<p>Published 26 October 2027</p><p>The Great Lakes Water Futures Foundation today announced $3.4 million in grants to 12 projects through its Tributary Restoration Grants program. This is the program’s fourth annual grant round.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 4 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestAwardsPartOfBudget: "The awards are part of the foundation’s $15
// million, five-year commitment" is the program's budget; "The money is
// part of a £4.6m project" is a project's cost.
func TestAwardsPartOfBudget(t *testing.T) {
	r := parseHTML(t, `<p>Published 26 October 2027</p><p>The Foundation today announced $3.4 million in grants to 12 projects through its Tributary Restoration Grants program.</p><p>The awards are part of the foundation’s $15 million, five-year commitment to Lake Erie tributaries.</p><p>The money is part of a $4.6 million project to restore the estuary.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 15000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestPutTowardsInAList: in a fund's list of successful places, "a
// partnership led by X will put £2.1 million towards the £6.8 million
// reopening" is X's grant; the project's cost is not, and a council's
// own "put £1m into reserves" outside such a list is no grant.
func TestPutTowardsInAList(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 July 2027</p><p>The following places have been awarded funding from the Town Centre Fund:</p><ul><li>a partnership led by Ferrisham City Council will put £2.1 million towards the £6.8 million reopening of the riverside walk</li></ul><p>Separately, Ashby Council will put £1 million into reserves.</p>`)
	if got := awardList(r); got != "Ferrisham City Council 2100000" || r.Awards[0].Purpose != "" {
		t.Errorf("awards %q %+v", got, r.Awards)
	}
}

// TestLeadResearcherField: "<strong>Lead researcher:</strong> Professor
// Orla Fennelly, with Dr Jia Wen Lim, Ardnavar University" over
// "<strong>Award:</strong> €1,182,400" is the lead's award at the host.
func TestLeadResearcherField(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><section><h3>Ultra-low-power chips</h3><p><strong>Lead researcher:</strong> Professor Orla Fennelly, with Dr Jia Wen Lim, Ardnavar University</p><p><strong>Award:</strong> €1,182,400</p></section>`)
	if got := awardList(r); got != "Orla Fennelly (Ardnavar University) 1182400" {
		t.Errorf("awards %q", got)
	}
}

// TestGrantColumnBesideCosts: "County grant" is the grant column (the
// word "county" holds no count), and a "Total project cost" column beside
// "Scheme funding" says nothing against the table.
func TestGrantColumnBesideCosts(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 December 2027</p><p>The board approved eight Community Parks Partnership grants.</p><table><thead><tr><th>Recipient</th><th>Community</th><th>Project</th><th>County grant</th><th>Local match</th><th>Total project cost</th></tr></thead><tbody><tr><td>Little Thompson Trails Coalition</td><td>Berthoud</td><td>Trail connector</td><td>$200,000</td><td>$310,000</td><td>$510,000</td></tr></tbody></table>`)
	if got := awardList(r); got != "Little Thompson Trails Coalition 200000" {
		t.Errorf("county grant: %q", got)
	}
	r = parseHTML(t, `<p>Published 1 December 2027</p><p>Nine projects in County Galway have been allocated funding.</p><table><caption>Village Centres Renewal Scheme 2027 – County Galway</caption><thead><tr><th>Town / village</th><th>Project</th><th>Community group</th><th>Scheme funding</th><th>Match funding</th><th>Total project cost</th></tr></thead><tbody><tr><td>Oughterard</td><td>Riverside walk</td><td>Oughterard Riverside Walk Committee</td><td>€250,000</td><td>€27,778</td><td>€277,778</td></tr></tbody></table>`)
	if got := awardList(r); got != "Oughterard Riverside Walk Committee 250000" {
		t.Errorf("scheme funding: %q", got)
	}
}

// TestDeclinedAndDeferredOffers: "X was offered £4,000 ... but declined
// the grant" and "To defer the recommended grant of £35,000 to Y" give
// nothing; Z's grant in the same list stands.
func TestDeclinedAndDeferredOffers(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 December 2027</p><p>Avonmouth Rowing Club was awarded £6,000 for a new boat.</p><p>Severn Beach Sailing Club was offered £4,000 towards safety boats but declined the grant after securing sponsorship.</p><p>To defer the recommended grant of £35,000 to Cromer Seafront Theatre Guild until the March meeting.</p>`)
	if got := recipients(r); got != "Avonmouth Rowing Club" {
		t.Errorf("awards %q", got)
	}
}

// TestFigureInFundGrants: "Commissioners approve $1.06 million in
// Community Parks Partnership grants" is the fund's batch; the
// "Partnership" in its name is no grantee.
func TestFigureInFundGrants(t *testing.T) {
	r := parseHTML(t, `<h1>Commissioners approve $1.06 million in Community Parks Partnership grants</h1><p>Published 1 December 2027</p><p>The grants go to eight groups.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestInvestedInAPlaceSince: "Since 2024 the scheme has invested €4.3
// million in County Galway" is what a place has had over the years, no
// award; "the scheme has invested €40,000 in Tuam Community Council" is
// an award.
func TestInvestedInAPlaceSince(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 December 2027</p><p>Nine projects in County Galway share €1.1 million from the Village Centres Renewal Scheme.</p><p>Since 2024 the scheme has invested €4.3 million in County Galway.</p><p>This year the scheme has invested €40,000 in Tuam Community Council.</p>`)
	if got := recipients(r); got != "Tuam Community Council" {
		t.Errorf("awards %q", got)
	}
}

// TestFundsOwnSite: on a page titled "Annual Report 2026/27 - Mynydd Garw
// Community Benefit Fund", "in 2026/27 the fund received £96,000 to
// distribute" is that fund's budget for the year; "Unallocated funds of
// £22,900" names no fund.
func TestFundsOwnSite(t *testing.T) {
	page := `<html><head><title>Annual Report 2026/27 - Mynydd Garw Community Benefit Fund</title></head><body><article><p>Published 15 December 2027</p>
<p>The wind farm’s operator pays the fund £5,000 for each megawatt installed, and in 2026/27 the fund received £96,000 to distribute in the Garw Valley and neighbouring communities.</p>
<p>Unallocated funds of £22,900 have been carried forward to 2027/28.</p></article></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/report"})
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Fund != "Mynydd Garw Community Benefit Fund" || r.Limits[0].Amount != 96000 {
		t.Errorf("awards %+v limits %+v", r.Awards, r.Limits)
	}
	if strings.Join(r.Funds, "|") != "Mynydd Garw Community Benefit Fund" {
		t.Errorf("funds %q", r.Funds)
	}
}

// TestMoneyHeaderBeatsCountColumn: "Grants | EU contribution (€
// million)" under a caption in € million: the column whose header states
// money holds the awards, the other counts them.
func TestMoneyHeaderBeatsCountColumn(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><p>The Council has selected 412 researchers for Frontier grants.</p><table><caption>Leading host institutions (EU contribution, € million)</caption><thead><tr><th>Host institution</th><th>Country</th><th>Grants</th><th>EU contribution (€ million)</th></tr></thead><tbody><tr><td>Institut Valmont de Recherche</td><td>France</td><td>9</td><td>18.4</td></tr><tr><td>Karlholm University</td><td>Sweden</td><td>5</td><td>9.6</td></tr></tbody></table>`)
	if got := awardList(r); got != "Institut Valmont de Recherche 18400000|Karlholm University 9600000" {
		t.Errorf("awards %q", got)
	}
}

// TestSaintAbbreviationInName: "St. Martins Sea Caves Trail Association"
// is one name, the "St." no end of it.
func TestSaintAbbreviationInName(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 December 2027</p><ul><li>St. Martins Sea Caves Trail Association – $7,250 for trail signage and steps</li></ul>`)
	if got := recipients(r); got != "St. Martins Sea Caves Trail Association" {
		t.Errorf("awards %q", got)
	}
}

// TestPrizeThenWinner: "Ferrand Prize (£2,500): Dr Tamsin Greaves
// (University of Strathdee), for ..." is the winner's prize, not the
// prize's.
func TestPrizeThenWinner(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><ul><li>Ferrand Prize (£2,500): Dr Tamsin Greaves (University of Strathdee), for outstanding early-career research.</li><li>Halden Medal (£1,000): Kelso Marine Trust, for coastal monitoring.</li></ul>`)
	if got := awardList(r); got != "Tamsin Greaves 2500|Kelso Marine Trust 1000" {
		t.Errorf("awards %q", got)
	}
}

// TestSchemeOffersUpTo: "Our Small Research Grants scheme offers up to
// £10,000 to Kingsmead Hospitals staff" is each grant's cap, not an
// award to the hospitals.
func TestSchemeOffersUpTo(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><p>Our Small Research Grants scheme offers up to £10,000 to Kingsmead Hospitals staff to test new ideas.</p>`)
	if len(r.Awards) != 0 || len(r.Caps) != 1 || r.Caps[0].Amount != 10000 {
		t.Errorf("awards %+v caps %+v", r.Awards, r.Caps)
	}
}

// TestHerFellowship: "Dr Ellen Strachan, who joined us ..., has
// transferred her £1.1m fellowship" is Strachan's; "Dr Rhys Calloway
// ... will move to the Marlow Institute of Technology to take up his
// £1.38 million fellowship" is his at the new host.
func TestHerFellowship(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><p>Dr Ellen Strachan, who joined us from the University of Strathdee in September, has transferred her £1.1m fellowship to Kelmsford.</p><p>Dr Rhys Calloway, currently at the University of Coldharbour, will move to the Marlow Institute of Technology to take up his £1.38 million fellowship on battery recycling.</p>`)
	if got := recipients(r); got != "Ellen Strachan|Rhys Calloway (Marlow Institute of Technology)" {
		t.Errorf("awards %q", got)
	}
}

// TestProgramNamedInRoundHeadline: "Grassroots Sport Facilities Program:
// Round 3 (2027–28) outcomes" names the program, with no figure beside
// it, so the round below is the program's.
func TestProgramNamedInRoundHeadline(t *testing.T) {
	r := parseHTML(t, `<h1>Grassroots Sport Facilities Program: Round 3 (2027–28) outcomes</h1><p>Published 22 December 2027</p><p>The Minister for Sport and Recreation has approved $1,739,000 for eight projects in Round 3.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Grassroots Sport Facilities Program" {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestFundsAsHeadlineVerb: "Second Intake Funds Wetlands, Urban Trees
// and Clean Energy" uses "Funds" as a verb; the program named in the
// body is the fund.
func TestFundsAsHeadlineVerb(t *testing.T) {
	r := parseHTML(t, `<h1>Second Intake Funds Wetlands, Urban Trees and Clean Energy for Community Buildings</h1><p>Published 1 December 2027</p><p>Twelve projects will share $8.1 million in the second intake of the Prairie Green Infrastructure Program.</p>`)
	if strings.Join(r.Funds, "|") != "Prairie Green Infrastructure Program" {
		t.Errorf("funds %q", r.Funds)
	}
}

// TestSeasonNamesNoFund: "Fall grants: $148,500 for 14 charities" names
// a season's batch, no fund.
func TestSeasonNamesNoFund(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 December 2027</p><h2>Fall grants: $148,500 for 14 charities</h2><p>The foundation's Fall grants went to 14 charities.</p>`)
	if len(r.Funds) != 0 {
		t.Errorf("funds %q", r.Funds)
	}
}

// TestTeaserCardIsChrome: a card that is nothing but a link, "Clean
// Cooling Prize: £5 million for affordable heat-pump cooling", teases
// another page; a list of grants linked to their own pages is kept.
func TestTeaserCardIsChrome(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Calcora Ltd has won the £1 million grand prize.</p><section class="cards"><h2>Open challenges</h2><div class="card"><a href="/c">Clean Cooling Prize: £5 million for affordable heat-pump cooling</a></div></section><h2>Also funded</h2><ul><li><a href="/g/1">Riverside Trust: £5,000</a></li></ul>`)
	if got := awardList(r); got != "Calcora Ltd 1000000|Riverside Trust 5000" {
		t.Errorf("awards %q", got)
	}
}

// TestRunnersUpPrefix: "Runners-up Ferroclay and Verdant Binders will
// each receive £250,000" names Ferroclay, not "Runners-up Ferroclay".
func TestRunnersUpPrefix(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Runners-up Ferroclay and Verdant Binders will each receive £250,000.</p>`)
	if got := recipients(r); got != "Ferroclay|Verdant Binders" {
		t.Errorf("awards %q", got)
	}
}

// TestChallengePrizeIsAFund: "Calcora Ltd has won the Low-Carbon Cement
// Prize, a £2 million challenge prize" names the fund the winners are
// paid from.
func TestChallengePrizeIsAFund(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Calcora Ltd has won the Low-Carbon Cement Prize, a £2 million challenge prize funded by the Built Environment Decarbonisation Trust.</p><p>Calcora receives £1 million to scale up production.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Fund != "Low-Carbon Cement Prize" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestAndDistrictInName: "Tollbridge and District Men’s Shed and St
// Alban’s Court Residents’ Association – £1,000 each" is two bodies, the
// first "and District" one name.
func TestAndDistrictInName(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><ul><li>Tollbridge and District Men’s Shed and St Alban’s Court Residents’ Association – £1,000 each for tools</li></ul>`)
	if got := recipients(r); got != "Tollbridge and District Men’s Shed|St Alban’s Court Residents’ Association" {
		t.Errorf("awards %q", got)
	}
}

// TestLedByBeforeCommaFigure: "a partnership of three trusts, led by the
// Torsa Community Trust, £430,000 for ..." and "E-Quay, led by Portsfield
// Harbour Authority, with £5.25 million" are the leads' awards; "£4.8
// million for an initiative led by Derbyshire Police, £2.9 million for
// City of London Police's work" gives the second figure to the City.
func TestLedByBeforeCommaFigure(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>The fund has awarded:</p><ul><li>a partnership of three Argyll island trusts, led by the Torsa Community Trust, £430,000 for a shared ferry booking service</li><li>E-Quay, led by Portsfield Harbour Authority, with £5.25 million to build battery-electric tugs</li></ul>`)
	if got := recipients(r); got != "Torsa Community Trust|Portsfield Harbour Authority" {
		t.Errorf("awards %q", got)
	}
	r = parseHTML(t, `<p>Published 1 June 2027</p><p>Other awards are £4.8 million for a cyber crime initiative led by Derbyshire Police, £2.9 million for City of London Police’s work on economic crime.</p>`)
	if got := recipients(r); got != "Derbyshire Police|City of London Police" {
		t.Errorf("awards %q", got)
	}
}

// TestCountedNamesEach: "Two skatepark campaigns, Bourne Wheels
// Collective and Hale Skate Project, get three thousand five hundred
// pounds each" is one award to each of the two named.
func TestCountedNamesEach(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 June 2027</p><p>Two skatepark campaigns, Bourne Wheels Collective and Hale Skate Project, get three thousand five hundred pounds each towards ramp designs.</p>`)
	if got := awardList(r); got != "Bourne Wheels Collective 3500|Hale Skate Project 3500" {
		t.Errorf("awards %q", got)
	}
}

// TestHeadingOverGrantOf: "<h3>Gullcliff Youth Boat Build</h3><p>A grant
// of six thousand pounds to build ...</p>" and a joint name over "Joint
// award of £8,000" are the headings' awards; "Fiscal Impact" over "Total
// of $42,500 from account ..." is none.
func TestHeadingOverGrantOf(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2027</p><h3>Westbury Fields Repair Café and Hartwell Tool Library</h3><p>Joint award of £8,000 for a teen “fix-it” apprenticeship</p><h3>Gullcliff Youth Boat Build</h3><p>A grant of six thousand pounds to build a traditional rowing gig</p><h3>Fiscal Impact</h3><p>Total of $42,500 from account 101-4520-5630.</p>`)
	if got := awardList(r); got != "Westbury Fields Repair Café and Hartwell Tool Library 8000|Gullcliff Youth Boat Build 6000" {
		t.Errorf("awards %q", got)
	}
}

// TestCommaParticipleIsPassive: "Friends of Ashworth Baths, awarded
// £850,000 to reopen the baths" is the Friends' award; "Round 1, decided
// in March, awarded £61,300 to 11 businesses" is a round that gave.
func TestCommaParticipleIsPassive(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2027</p><ul><li>Friends of Ashworth Baths, awarded £850,000 to reopen the Grade II listed baths</li></ul><p>Round 1, decided in March 2026, awarded £61,300 to 11 businesses.</p>`)
	if got := awardList(r); got != "Friends of Ashworth Baths 850000" {
		t.Errorf("awards %q", got)
	}
}

// TestAtSignInName: "Tiny Steps @ Riverside: £44,000" is one name.
func TestAtSignInName(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2027</p><ul><li>Tiny Steps @ Riverside: £44,000</li></ul>`)
	if got := recipients(r); got != "Tiny Steps @ Riverside" {
		t.Errorf("awards %q", got)
	}
}

// TestCardLedByLine: "<h3>Digital twin for port emissions</h3><p>A
// consortium led by Harbour Digital Ltd with partners ...</p><ul><li>Grant:
// £987,500</li></ul>" is the lead's award.
func TestCardLedByLine(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2027</p><p>Five winners share the third round of the Blue Corridor Accelerator Challenge.</p><section><h3>Digital twin for port emissions</h3><p>A consortium led by Harbour Digital Ltd with partners Port of Saltmarsh Authority, University of Marlowe</p><ul><li><span>Grant:</span> £987,500</li><li><span>Total project costs:</span> £1,410,000</li></ul></section>`)
	if got := awardList(r); got != "Harbour Digital Ltd 987500" {
		t.Errorf("awards %q", got)
	}
}

// TestGroupAtPlacesRespectively: "The hubs at Mereside University and
// Dunmere University receive £3.4m and £2.9m respectively" gives each
// university its figure.
func TestGroupAtPlacesRespectively(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2027</p><p>The hubs at Mereside University and Dunmere University receive £3.4m and £2.9m respectively.</p>`)
	if got := awardList(r); got != "Mereside University 3400000|Dunmere University 2900000" {
		t.Errorf("awards %q", got)
	}
}

// TestItGoesTo: "The trust has also made an award of £58,500 ... It goes
// to Dr Mei Lin Zhao, who ..." is Zhao's award.
func TestItGoesTo(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2027</p><p>The trust has also made an award of £58,500 from its Career Bridge Awards, which are paid directly to researchers. It goes to Dr Mei Lin Zhao, who will use it to complete her work.</p>`)
	if got := awardList(r); got != "Mei Lin Zhao 58500" {
		t.Errorf("awards %q", got)
	}
}

// TestAnonymousFirmNamedNext: "A Thurso manufacturer is to create 42
// jobs after HIE approved grant support of £1.25 million" then
// "Pentland Precision Composites Ltd, which makes ..., will invest £6.8m
// in a new hall": the firm's grant is £1.25 million, its own investment
// no grant.
func TestAnonymousFirmNamedNext(t *testing.T) {
	r := parseHTML(t, `<p>Published 8 November 2021</p><p>A Thurso manufacturer is to create 42 new jobs after Highlands and Islands Enterprise (HIE) approved grant support of £1.25 million towards a major expansion. Pentland Precision Composites Ltd, which makes lightweight parts, will invest £6.8m in a new hall.</p>`)
	if got := awardList(r); got != "Pentland Precision Composites Ltd 1250000" {
		t.Errorf("awards %q", got)
	}
}

// TestAcceptsTheGrantOffer: in Thornbridge District Council's report,
// "accepts the grant offer of £2,450,000 from the Coastal Communities
// Renewal Fund for the Seafront Shelters scheme" is the council's award.
func TestAcceptsTheGrantOffer(t *testing.T) {
	page := `<html><head><title>Cabinet report: Coastal Communities Renewal Fund | Thornbridge District Council</title></head><body><article><p>Published 1 March 2025</p><p>That Cabinet:</p><ul><li>accepts the grant offer of £2,450,000 from the Coastal Communities Renewal Fund for the Seafront Shelters and Promenade Lighting scheme;</li></ul></article></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/r"})
	if got := awardList(r); got != "Thornbridge District Council 2450000" {
		t.Errorf("awards %q", got)
	}
}

// TestFundIsNoRecipientInPhrase: "announced funding of €2.4 million for
// 31 projects under the third call of the Island Enterprise Scheme" is a
// round of the scheme, no award to it.
func TestFundIsNoRecipientInPhrase(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2026</p><p>The Office today announced funding of €2.4 million for 31 community and enterprise projects under the third call of the Island Enterprise Scheme.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestJointlyAwardedParticiple: "<li>Wealdmarsh Police and Eastholme
// Constabulary, jointly awarded £2.2 million to merge their control
// rooms</li>" is one joint award.
func TestJointlyAwardedParticiple(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 January 2028</p><p>The successful bids are:</p><ul><li>Wealdmarsh Police and Eastholme Constabulary, jointly awarded £2.2 million to merge their two control rooms</li></ul>`)
	if got := awardList(r); got != "Wealdmarsh Police and Eastholme Constabulary 2200000" {
		t.Errorf("awards %q", got)
	}
}

// TestThisIsTheThirdRoundOfTheFund: "My department has confirmed £24.6
// million for 22 projects. This is the third round of the £110 million
// fund" numbers the batch 3, though the sentence also gives the fund's
// size; a "fourth and final round" still to come numbers nothing.
func TestThisIsTheThirdRoundOfTheFund(t *testing.T) {
	r := parseHTML(t, `<p>Published 18 January 2028</p><p>My department has confirmed £24.6 million for 22 projects in coastal towns across England. This is the third round of the £110 million fund, which supports coastal communities.</p><p>I expect to announce arrangements for a fourth and final round in the summer.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 3 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestStatementMadeDate: a written statement's "Statement made" label
// over its date gives the page's date.
func TestStatementMadeDate(t *testing.T) {
	r := parseHTML(t, `<p>Statement made</p><p>18 January 2028</p><p>I am today announcing £24.6 million for 22 projects.</p>`)
	if r.Published != "2028-01-18" {
		t.Errorf("published %q", r.Published)
	}
}

// TestMoreDateForms: "02/22/2028" has no month 22 so is month first;
// "9.2.2028" and "28.02.2028" are European day.month.year; "02/10/2028"
// on a page that writes "February 10, 2028" is month first; Legistar's
// "Agenda date" and Hansard's labelled "Statement made" give the date.
func TestMoreDateForms(t *testing.T) {
	for page, want := range map[string]string{
		`<p>02/22/2028</p><p>The program awards $420,000 to Deer Isle Shellfish Cooperative.</p>`:                                                                           "2028-02-22",
		`<p class="news-date">9.2.2028</p><p>The council awards EUR 2.5 million to the Northern Institute.</p>`:                                                             "2028-02-09",
		`<p class="pm-meta">Press release No. 14/2028 · Osnabrück, 28.02.2028</p><p>The foundation awards €480,000 to the Institut.</p>`:                                    "2028-02-28",
		`<p class="release-date">FOR IMMEDIATE RELEASE: 02/10/2028</p><p>Gov. Dana Whitfield today, Thursday, February 10, 2028, announced $1,184,500 in grants.</p>`:       "2028-02-10",
		`<table><tr><th>Agenda date:</th><td>2/15/2028</td></tr></table><p>Council approved ten grants totaling $162,650.</p>`:                                              "2028-02-15",
		`<div class="statement-metadata"><span class="label">Statement made</span> <span>18 January 2028</span></div><p>I am announcing £24.6 million for 22 projects.</p>`: "2028-01-18",
	} {
		if r := parseHTML(t, page); r.Published != want {
			t.Errorf("%s: published %q, want %s", page, r.Published, want)
		}
	}
}

// TestTaxNoteAfterFigure: "$2.85 million (GST exclusive) for Pilbara
// Youth Futures Hub Inc" and "$4.5 million (GST exclusive), goes to X"
// read past the tax note.
func TestTaxNoteAfterFigure(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 February 2028</p><p>The biggest grant in the round, $4.5 million (GST exclusive), goes to Murray River Innovation Precinct Ltd in Mildura.</p><p>Other projects funded include:</p><ul><li>$2.85 million (GST exclusive) for Pilbara Youth Futures Hub Inc in Karratha, to build a youth hub;</li></ul>`)
	if got := recipients(r); !strings.Contains(got, "Murray River Innovation Precinct Ltd") || !strings.Contains(got, "Pilbara Youth Futures Hub Inc") {
		t.Errorf("awards %q", got)
	}
}

// TestConsortiumLedThenFunding: "Consortium led by X. The consortium
// receives €650,000" and "Consortium led by Y. Funding: €1.45 million."
// are the leads' awards; "Z is funded with €300,000 in 2028 and €180,000
// in 2029" is Z's; "Businesses funded around £41 billion" gave.
func TestConsortiumLedThenFunding(t *testing.T) {
	r := parseHTML(t, `<p>Published 28 February 2028</p><h3>Zeeland Tidal Futures</h3><p>Consortium led by the Scheldemond Institute for Coastal Research. The consortium receives €650,000.</p><h3>Peat Meadow Subsidence Lab</h3><p>Consortium led by Groene Hart University of Applied Sciences. Funding: €1.45 million. Farmers will trial raised water levels.</p><p>The Institut für Kreislaufbeton Kassel is funded with €300,000 in 2028 and €180,000 in 2029 to develop a test procedure.</p><p>Businesses funded around £41 billion of that total.</p>`)
	if got := awardList(r); got != "Scheldemond Institute for Coastal Research 650000|Groene Hart University of Applied Sciences 1450000|Institut für Kreislaufbeton Kassel 480000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestWithdrewAndNonBodies: "A further project ... was offered $88,000
// but the club withdrew its application" gives nothing, nor do a
// foundation's "Assets: $412 million" or "If all Round 2 recommendations
// are approved, $25,100 will remain for a third round".
func TestWithdrewAndNonBodies(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 February 2028</p><p>A further project, the Barwon River Canoe Club change room upgrade, was offered $88,000 but the club withdrew its application in January.</p><ul><li>Assets: $412 million (December 31, 2027)</li></ul><p>If all Round 2 recommendations are approved, $25,100 will remain for a third round in the spring.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestPlaceShareWithCount: "County Cavan – €780,000 (2 projects)" is a
// county's share of several projects, no award; "Total approved at this
// meeting: GBP 72,000 (5 grants)" is still a batch total.
func TestPlaceShareWithCount(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 February 2028</p><p>Allocations by county:</p><ul><li>County Cavan – €780,000 (2 projects)</li><li>County Mayo – €915,000 (2 projects)</li></ul><p>Total approved at this meeting: GBP 72,000 (5 grants)</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 {
		t.Errorf("awards %+v rounds %+v", r.Awards, r.Rounds)
	}
}

// TestShoutedHeadline: "DECD AWARDS MORE THAN $2.7 MILLION TO NINE
// SEAFOOD AND FARM BUSINESSES FOR COLD STORAGE" in a plain-text release
// is a headline over a batch: no award to "NINE SEAFOOD ...", and no
// "Decd Awards" fund.
func TestShoutedHeadline(t *testing.T) {
	txt := "FOR IMMEDIATE RELEASE\n02/22/2028\n\nDECD AWARDS MORE THAN $2.7 MILLION TO NINE SEAFOOD AND FARM BUSINESSES FOR COLD STORAGE\n\nThe Coastal Cold Chain Grant Program will fund nine businesses.\n"
	r := parsePage(t, txt, Meta{ContentType: "text/plain"})
	if len(r.Awards) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
	for _, f := range r.Funds {
		if strings.Contains(f, "Awards") {
			t.Errorf("funds %q", r.Funds)
		}
	}
}

// TestDashGrantPhraseLabel: "<li>Bayou Workforce Alliance, Houma,
// Louisiana – a two-year grant of $1.2M in FY2028 and $800,000 in FY2029
// to ...</li>" is one award of $2M to the Alliance; "<h4>Lac qui Parle
// Folk School</h4>" over its figure names the school.
func TestDashGrantPhraseLabel(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 February 2028</p><ul><li><strong>Bayou Workforce Alliance</strong>, Houma, Louisiana – a two-year grant of $1.2M in FY2028 and $800,000 in FY2029 to train welders.</li></ul><div class="grant"><h4>Lac qui Parle Folk School</h4><p class="loc">Dawson, MN</p><p class="amt">$150,000</p></div>`)
	if got := awardList(r); got != "Bayou Workforce Alliance 2000000|Lac qui Parle Folk School 150000" {
		t.Errorf("awards %q", got)
	}
}

// TestYearRoundAndPlaceSuffix: in "£1.48 million for the Fairhaven Pier
// Trust to reopen the pavilion as a year-round events space; £1.2 million
// for the Saltmarsh Quay Regeneration Company in Grimsby to ...", the
// "year-round" is no yearly sum and the company is named without its
// town; "almost £600,000 for Gateshead's Tyne Pavilion Music Hall"
// beside its exact £598,750 is one award.
func TestYearRoundAndPlaceSuffix(t *testing.T) {
	r := parseHTML(t, `<p>Published 18 January 2028</p><p>Among the projects funded are £1.48 million for the Fairhaven Pier Trust to reopen the pavilion as a year-round events space; £1.2 million for the Saltmarsh Quay Regeneration Company in Grimsby to convert a derelict smokehouse.</p><p>Highlights range from almost £600,000 for Gateshead's Tyne Pavilion Music Hall to a small grant.</p><ul><li>Tyne Pavilion Music Hall: £598,750</li></ul>`)
	if got := awardList(r); got != "Fairhaven Pier Trust 1480000|Saltmarsh Quay Regeneration Company 1200000|Tyne Pavilion Music Hall 598750" {
		t.Errorf("awards %q", got)
	}
}

// TestHeadlineUnderPortfolioLine: "<p>Regional Development</p><h1>$12.6
// million to keep regional wharves working</h1>": the line over a
// headline names a minister's portfolio, no grantee.
func TestHeadlineUnderPortfolioLine(t *testing.T) {
	r := parseHTML(t, `<p class="portfolio">Regional Development</p><h1>$12.6 million to keep regional wharves working</h1><p>Published 1 February 2028</p><p>Nine wharves will be repaired.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestBudgetIncludesForProgram: "Funding is available in the Fiscal Year
// 2028 Adopted Budget, Housing Department, which includes $300,000 for
// the Neighborhood Placemaking Microgrant Program" is the program's
// budget, no award to it.
func TestBudgetIncludesForProgram(t *testing.T) {
	r := parseHTML(t, `<p>Published 15 February 2028</p><p>Council approved ten grants from the Neighborhood Placemaking Microgrant Program.</p><p>Financial considerations: Funding is available in the Fiscal Year 2028 Adopted Budget, Housing and Community Development Department, which includes $300,000 for the Neighborhood Placemaking Microgrant Program.</p>`)
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Amount != 300000 {
		t.Errorf("awards %+v limits %+v", r.Awards, r.Limits)
	}
}

// TestFundingForTheFundIs: "Government funding for the Tūāpapa Research
// Fund in 2027/28 is $86.6 million" is the fund's budget for the year.
func TestFundingForTheFundIs(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><p>The Foundation today announced the results of the Tūāpapa Research Fund.</p><p>Government funding for the Tūāpapa Research Fund in 2027/28 is $86.6 million.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 86600000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestCountedThingsFromTheRound: "Nine wharves, slipways and boat ramps
// ... will be rebuilt with $12.6 million from the second funding round of
// the X Fund" is round 2's total over nine projects.
func TestCountedThingsFromTheRound(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 February 2028</p><p>Nine wharves, slipways and boat ramps in coastal towns will be rebuilt or strengthened with $12.6 million from the second funding round of the Regional Wharves and Slipways Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 9 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestProposedFundIsNoLimit: "We are proposing to replace the fund with a
// new Community Spaces Grant from April 2028, with £800,000 a year" is a
// consultation, no budget yet.
func TestProposedFundIsNoLimit(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 October 2027</p><p>We are proposing to replace the fund with a new Community Spaces Grant from April 2028, with a budget of £800,000.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestGrantsUnderSchemeTotalling: "our trustees approved seven new grants
// under the Renwick Project Grants scheme, totalling £1,743,512" adds up
// the grants; it is no budget of the scheme.
func TestGrantsUnderSchemeTotalling(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><p>After reviewing 58 applications, our trustees approved seven new grants under the Renwick Project Grants scheme, totalling £1,743,512.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestEarlierGrantInListItem: "<li>The Lantern Players, Kendal – £9,000
// for a touring show. This follows our £7,500 grant ... for their pilot
// season.</li>" is two grants to the Players.
func TestEarlierGrantInListItem(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 October 2027</p><ul><li><strong>The Lantern Players</strong>, Kendal – £9,000 for a touring reminiscence theatre show. This follows our £7,500 grant from the Arts in Care Fund in 2025 for their pilot season.</li></ul>`)
	if got := awardList(r); got != "Lantern Players 9000|Lantern Players 7500" {
		t.Errorf("awards %q", got)
	}
}

// TestPolicingBudgetIsOwnBudget: "the Police and Crime Panel approved a
// total policing budget of £312.6m for 2027/28" is the force's own
// spending, no fund's budget.
func TestPolicingBudgetIsOwnBudget(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 April 2027</p><p>The Commissioner’s Safer Ravensmoor Community Fund has opened for bids.</p><p>In February the Police and Crime Panel approved a total policing budget of £312.6m for 2027/28.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestTheForceJustNamed: "No bid was received from Hollinbrook Police in
// the first round. In the second round the force was awarded £912,000"
// is Hollinbrook's award, though another force was the last grantee.
func TestTheForceJustNamed(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2027</p><p>Eastmarch Police and Northfen Constabulary were awarded £1.4m jointly.</p><p>No bid was received from Hollinbrook Police in the first round. In the second round the force was awarded £912,000 for a neighbourhood problem-solving application.</p>`)
	if got := awardList(r); !strings.HasSuffix(got, "|Hollinbrook Police 912000") {
		t.Errorf("awards %q", got)
	}
}

// TestEachGoToTeamsLedBy: "Development awards of £250,000 each go to
// teams led by the University of Ashcombe and Brindle Valley College" is
// one award to each lead.
func TestEachGoToTeamsLedBy(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 March 2027</p><p>Development awards of £250,000 each go to teams led by the University of Ashcombe and Brindle Valley College, to build partnerships.</p>`)
	if got := awardList(r); got != "University of Ashcombe 250000|Brindle Valley College 250000" {
		t.Errorf("awards %q", got)
	}
}

// TestItsBudgetAfterTheProgramme: "The programme studies ... Its budget
// for 2026–2029 is EUR 40 million." is the programme's budget; "The
// council runs the libraries. Its budget for 2027 is £300 million." is
// the council's own.
func TestItsBudgetAfterTheProgramme(t *testing.T) {
	r := parseHTML(t, `<p>Published 9 February 2028</p><p>Twelve consortia will share EUR 14.2 million from the Northern Resilience Research Programme.</p><p>The programme studies how communities in northern Finland can prepare for shocks. Its budget for 2026–2029 is EUR 40 million.</p><p>The council runs the libraries. Its budget for 2027 is £300 million.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 40000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestProvidedOverYearsForFund: "Budget 2026 provided $110 million over
// four years, starting in 2026–27, for the Prairie Clean Manufacturing
// Initiative" is the initiative's budget over its life.
func TestProvidedOverYearsForFund(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 February 2028</p><p>Twelve projects share $6.1 million from the Prairie Clean Manufacturing Initiative.</p><p>Budget 2026 provided $110 million over four years, starting in 2026–27, for the Prairie Clean Manufacturing Initiative.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 110000000 || r.Limits[0].Period != nil {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestRoundFundedProjectsWith: "Round 3, announced in May 2027, funded 12
// projects with £8.9 million" is round 3's total over 12 projects, a
// recap beside round 4's.
func TestRoundFundedProjectsWith(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><p>Ten projects will share £7.42 million in round 4 of the Smart Manufacturing Accelerator.</p><p>Round 3, announced in May 2027, funded 12 projects with £8.9 million.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		if rd.Round != nil && rd.Total != nil && rd.Projects != nil {
			got = append(got, strconv.Itoa(*rd.Round)+" "+strconv.FormatInt(*rd.Total, 10)+" "+strconv.Itoa(*rd.Projects))
		}
	}
	if strings.Join(got, "|") != "4 7420000 10|3 8900000 12" {
		t.Errorf("rounds %q", got)
	}
}

// TestCompetitionOfAnAccelerator: "from competition 4 of the Smart
// Manufacturing Accelerator" is round 4, and "Competition 3, announced in
// May 2027, funded 12 projects with £8.9 million" round 3, a recap.
func TestCompetitionOfAnAccelerator(t *testing.T) {
	r := parseHTML(t, `<p>Published 1 November 2027</p><p>Ten projects will share £7.42 million from competition 4 of the Smart Manufacturing Accelerator.</p><p>Competition 3, announced in May 2027, funded 12 projects with £8.9 million.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		if rd.Round != nil && rd.Total != nil {
			got = append(got, strconv.Itoa(*rd.Round)+" "+strconv.FormatInt(*rd.Total, 10))
		}
	}
	if strings.Join(got, "|") != "4 7420000|3 8900000" {
		t.Errorf("rounds %q", got)
	}
}

// TestCountryCodeAfterNameInCell: "Rijnvaart Elektrisch BV (NL)" in a
// coordinator column is "Rijnvaart Elektrisch BV", not the name with half
// a bracket.
func TestCountryCodeAfterNameInCell(t *testing.T) {
	r := parseHTML(t, `<p>Published 7 February 2028</p><p>Two projects were selected under the second call of the Clean Rivers Facility.</p><table><tr><th>Project</th><th>Coordinator</th><th>EU contribution (€ million)</th></tr><tr><td>RHINE-PUSH</td><td>Rijnvaart Elektrisch BV (NL)</td><td>12.40</td></tr><tr><td>SEINE-H2</td><td>Crop Health and Protection Limited (CHAP)</td><td>6.75</td></tr></table>`)
	if got := awardList(r); got != "Rijnvaart Elektrisch BV 12400000|Crop Health and Protection Limited 6750000" {
		t.Errorf("awards %q", got)
	}
}

// TestCallClosedOnDateKeepsItsBudget: "The call, which closed on 14
// September 2027, had an indicative budget of €65 million" is a deadline
// beside a budget, not a fund that closed; that date is not the page's.
func TestCallClosedOnDateKeepsItsBudget(t *testing.T) {
	r := parseHTML(t, `<p>Eight projects will receive €61.4 million following the second call for proposals of the Clean Rivers Facility. The call, which closed on 14 September 2027, had an indicative budget of €65 million and attracted 23 eligible proposals.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 65000000 || r.Limits[0].Fund != "Clean Rivers Facility" {
		t.Errorf("limits %+v", r.Limits)
	}
	if r.Published != "" {
		t.Errorf("published %q, from a closing date", r.Published)
	}
	r = parseHTML(t, `<p>The Harbour Fund, which had a budget of £4m, closed in 2025 after five years.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("a closed fund's budget became a limit: %+v", r.Limits)
	}
	if !fundClosing("the fund closed in 2025") || fundClosing("the call, which closed on 14 september") || fundClosing("applications closed at noon") || fundClosing("a closedown") {
		t.Error("fundClosing")
	}
}

// TestEmbargoedUntilIsPublished: a release "EMBARGOED UNTIL 00:01
// TUESDAY 18 MARCH 2025" is published that day.
func TestEmbargoedUntilIsPublished(t *testing.T) {
	r, err := Parse(strings.NewReader("HARBOUR TRUST - PRESS RELEASE\n\nEMBARGOED UNTIL 00:01 TUESDAY 18 MARCH 2025\n\nHarbour Trust awards £2.38 million to five projects\n"), Meta{ContentType: "text/plain"}, Options{})
	if err != nil || r.Published != "2025-03-18" {
		t.Errorf("published %q, %v", r.Published, err)
	}
}

// TestGrantsPoolIsABudget: "The 2027/28 Community Wellbeing Grants pool is
// $310,000" is the fund's limit for that year; a swimming pool's cost is
// not.
func TestGrantsPoolIsABudget(t *testing.T) {
	r := parseHTML(t, `<p>The 2027/28 Community Wellbeing Grants pool is $310,000, shared across two rounds.</p><p>The new swimming pool is £4m.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 310000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestRateColumnBesideTotal: "Award per year | Total award" gives the
// total; a rate is not what is awarded.
func TestRateColumnBesideTotal(t *testing.T) {
	r := parseHTML(t, `<p>Four fellowships were awarded.</p><table><tr><th>Fellow</th><th>Host institution</th><th>Duration</th><th>Award per year</th><th>Total award</th></tr><tr><td>Dr Amira Haddad</td><td>Thamesbridge University</td><td>3 years</td><td>£72,500</td><td>£217,500</td></tr></table>`)
	if len(r.Awards) != 1 || r.Awards[0].Amount != 217500 || !strings.Contains(r.Awards[0].Recipient, "Thamesbridge University") {
		t.Errorf("awards %q", awardList(r))
	}
}

// TestResearcherLineOverFigure: a card's "Dr Farah Siddiqui, Severn
// Valley University" line over "£248,600 over three years" is the host's
// award, with its researcher.
func TestResearcherLineOverFigure(t *testing.T) {
	r := parseHTML(t, `<h2>Project Grants</h2><h3>Can a urine test predict kidney damage?</h3><p>Dr Farah Siddiqui, Severn Valley University</p><p>£248,600 over three years</p><h3>Gene therapy for cystic kidney disease</h3><p>Professor Callum Reid, Clydeside University</p><p>£249,950 over three years</p>`)
	if got := awardList(r); got != "Farah Siddiqui (Severn Valley University) 248600|Callum Reid (Clydeside University) 249950" {
		t.Errorf("awards %q", got)
	}
}

// TestRoundClosingLaterIsFuture: "with a second round closing in
// September" is a round still open; the awards told are not its.
func TestRoundClosingLaterIsFuture(t *testing.T) {
	r := parseHTML(t, `<p>Published 10 April 2028</p><p>We have a budget of £4.5 million for Project Grants this financial year, with a second round closing in September.</p><p>The Marsh Institute receives £248,600 from Project Grants for a kidney study.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Round != nil {
		t.Errorf("awards %+v", r.Awards)
	}
	if futureTime(" closing in september 2026", 2027) || !futureTime(" closing in september", 2027) {
		t.Error("futureTime")
	}
}

// TestGaelicMutatedNamesInList: "Feis na nGleann" and "Comann Ceòl na
// h-Àirde" are names, so a list after "each receive £5,000 ...:" keeps
// them.
func TestGaelicMutatedNamesInList(t *testing.T) {
	r := parseHTML(t, `<p>Three festivals each receive £5,000 towards their 2028 programmes: Feis na nGleann, Ards Folk Weekend and Comann Ceòl na h-Àirde.</p>`)
	if got := awardList(r); got != "Feis na nGleann 5000|Ards Folk Weekend 5000|Comann Ceòl na h-Àirde 5000" {
		t.Errorf("awards %q", got)
	}
	if isProperWord("mRNA") || isProperWord("nothing") || !isProperWord("bhFear") {
		t.Error("isProperWord")
	}
}

// TestItHasFigureOfFunding: after a programme is named, "It has £600,000
// of National Lottery funding for 2028/29" is its limit for that year;
// "the Arts in the Community Programme" keeps its whole name.
func TestItHasFigureOfFunding(t *testing.T) {
	r := parseHTML(t, `<p>Seventeen groups will share £100,675 in Round 4 of the Arts in the Community Programme.</p><p>The programme offers grants from £1,000 to £10,000 for participatory arts projects. It has £600,000 of National Lottery funding for 2028/29, and Round 5 will open on 1 June.</p><p>Grants from Sport England in the Active Communities Fund total £2m.</p>`)
	if len(r.Limits) == 0 || r.Limits[0].Amount != 600000 || r.Limits[0].Fund != "Arts in the Community Programme" || r.Limits[0].Period == nil || *r.Limits[0].Period != "2028/29" {
		t.Errorf("limits %+v", r.Limits)
	}
	if got := strings.Join(r.Funds, "|"); got != "Arts in the Community Programme|Active Communities Fund" {
		t.Errorf("funds %q", got)
	}
}

// TestWorkAndCompanyInList: after "Six projects each receive £20,000:",
// an item "The Drowned Village (Lantern Yard Films)" is the company's
// award for the work; a film shot "on a budget of £3.2m" states no limit.
func TestWorkAndCompanyInList(t *testing.T) {
	r := parseHTML(t, `<p>The Wessex Development Fund backs new projects.</p><p>Two projects each receive £20,000 in early development funding:</p><ul><li><em>The Drowned Village</em> (Lantern Yard Films)</li><li><em>Night Shift at the Pier</em> (Copperhouse Media)</li></ul><p>The feature is produced by Harrow Lane Pictures and will shoot in Dorset this summer on a budget of £3.2m.</p>`)
	if got := awardList(r); got != "Lantern Yard Films 20000|Copperhouse Media 20000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) > 0 && !strings.Contains(r.Awards[0].Purpose, "Drowned Village") {
		t.Errorf("purpose %q", r.Awards[0].Purpose)
	}
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestHostFromSiteTitle: on "… | Pinecrest University News", "Professor
// Dana Albright of the Department of Linguistics" holds her grant at
// Pinecrest University; on "… | University of Ashcombe", "a lecturer in
// the University’s School of Computing" at the University of Ashcombe.
func TestHostFromSiteTitle(t *testing.T) {
	page := func(title, body string) *Result {
		r := parsePage(t, "<html><head><title>"+title+"</title></head><body><article>"+body+"</article></body></html>", Meta{})
		return r
	}
	r := page("Linguist receives $2.5 million | Pinecrest University News", `<p>Professor Dana Albright of the Department of Linguistics has received a $2.5 million grant from the Humanities Data Infrastructure Program.</p>`)
	if got := recipients(r); got != "Dana Albright (Pinecrest University)" {
		t.Errorf("recipients %q", got)
	}
	r = page("Musicologist wins fellowship | News | University of Ashcombe", `<p>The Halcyon Foundation has also awarded £96,500 from its Catalyst Awards scheme to Dr Jonah Price, a lecturer in the University’s School of Computing, for a one-year pilot.</p>`)
	if got := recipients(r); got != "Jonah Price (University of Ashcombe)" {
		t.Errorf("recipients %q", got)
	}
}

// TestUnderBrandAndProjectCoordinator: "€33.7 million under Horizon
// Europe" names the programme; "HERITAGE-HUB, coordinated by the
// University of Mercia (UK)" makes "HERITAGE-HUB, which receives €2m" the
// university's award.
func TestUnderBrandAndProjectCoordinator(t *testing.T) {
	r := parseHTML(t, `<p>Nine projects will receive a total EU contribution of €33.7 million under Horizon Europe to study cultural heritage.</p><p>HERITAGE-HUB, coordinated by the University of Mercia (UK), will link the nine projects with museums.</p><p>Two projects are coordinated from the UK: HERITAGE-HUB, which receives €2m, and SONORA.</p><p>Councils received £3m under the Housing Act.</p>`)
	if got := strings.Join(r.Funds, "|"); got != "Horizon Europe" {
		t.Errorf("funds %q", got)
	}
	if got := awardList(r); !strings.Contains(got, "University of Mercia 2000000") {
		t.Errorf("awards %q", got)
	}
	if !projectCode("SEINE-H2") || projectCode("Seine") || projectCode("H2") {
		t.Error("projectCode")
	}
}

// TestCountedGroupUpgradedWithRoundMoney: "Fourteen theatres, galleries,
// halls and studios ... will be upgraded with $2.86 million from Round 2
// of the X Fund" is round 2's total for fourteen projects.
func TestCountedGroupUpgradedWithRoundMoney(t *testing.T) {
	r := parseHTML(t, `<p>Fourteen theatres, galleries, halls and studios across regional Victoria will be upgraded with $2.86 million from Round 2 of the Regional Creative Spaces Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 2860000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 14 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// TestSharedBetweenWithParts: "receives NZ$900,000, shared between A and
// B, with NZ$500,000 to the university and NZ$400,000 to the trust" is
// two awards, each to the body its noun names.
func TestSharedBetweenWithParts(t *testing.T) {
	r := parseHTML(t, `<p>A joint project on rheumatic fever receives NZ$900,000, shared between the University of Rangitoto and the Waitematā Pacific Health Trust, with NZ$500,000 to the university and NZ$400,000 to the trust.</p>`)
	if got := awardList(r); got != "University of Rangitoto 500000|Waitematā Pacific Health Trust 400000" {
		t.Errorf("awards %q", got)
	}
}

// TestProgrammeNamedByTitleRound: a call page titled "Collections in
// Common: round 2" is about that programme; "The budget for this second
// round is £6 million: £2.5 million in 2028/29 and £3.5 million in
// 2029/30" gives its limits; "The project’s total budget is $3.1
// million" is what a piece of work costs.
func TestProgrammeNamedByTitleRound(t *testing.T) {
	r := parsePage(t, `<html><head><title>Collections in Common: round 2 – UKRI</title></head><body><article><h1>Collections in Common: round 2</h1><p>The budget for this second round is £6 million: £2.5 million in 2028/29 and £3.5 million in 2029/30. We expect to fund 8 to 10 projects.</p><p>The project’s total budget is £3.1 million.</p></article></body></html>`, Meta{})
	var got []string
	for _, l := range r.Limits {
		p := "-"
		if l.Period != nil {
			p = *l.Period
		}
		got = append(got, l.Fund+" "+strconv.FormatInt(l.Amount, 10)+" "+p)
	}
	if strings.Join(got, "|") != "Collections in Common 6000000 -|Collections in Common 2500000 2028/29|Collections in Common 3500000 2029/30" {
		t.Errorf("limits %q", got)
	}
	if roundTitleName("Round 2 results") != "" || roundTitleName("Seaside Futures round two") != "Seaside Futures" {
		t.Error("roundTitleName")
	}
}

// TestPrizeWinnersAndRunnersUp: "Dr Ruth Amankwah has won the ... Prize
// ... She receives £30,000"; "The two runners-up, Tom Hesketh for Mill
// Girls and Priya Raman for The Paper Archipelago, each receive £5,000";
// "The Emerging Historian Award went to Kofi Mensah-Barton ... He
// receives £2,500".
func TestPrizeWinnersAndRunnersUp(t *testing.T) {
	r := parseHTML(t, `<p>Historian and broadcaster Dr Ruth Amankwah has won the fifth annual Calder Bell Prize for Public History for <em>The Quayside Ledger</em>. She receives £30,000.</p><p>The two runners-up, Tom Hesketh for <em>Mill Girls</em> and Priya Raman for <em>The Paper Archipelago</em>, each receive £5,000.</p><p>The Emerging Historian Award went to Kofi Mensah-Barton for his blog. He receives £2,500 and a year’s mentoring.</p>`)
	if got := awardList(r); got != "Ruth Amankwah 30000|Tom Hesketh 5000|Priya Raman 5000|Kofi Mensah-Barton 2500" {
		t.Errorf("awards %q", got)
	}
}

// TestYearlyRateInBracketsAndSpanToFund: "$750,000 over three years
// ($250,000 annually) to the Delta Blues Heritage Center" is one award;
// "has committed $40 million over five years to the initiative" is the
// programme's budget.
func TestYearlyRateInBracketsAndSpanToFund(t *testing.T) {
	r := parseHTML(t, `<p>The foundation announced grants in the fourth round of Arts and Humanities Futures, its initiative to strengthen cultural organizations.</p><p>The foundation has committed $40 million over five years to the initiative.</p><ul><li>$750,000 over three years ($250,000 annually) to the Delta Blues Heritage Center for its education program;</li></ul>`)
	if got := awardList(r); got != "Delta Blues Heritage Center 750000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 40000000 || r.Limits[0].Fund != "Arts and Humanities Futures" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestPlainTextTableWithYearColumn: a fixed-width table whose money
// column is headed by a year ("Local authority   2028-29") under an
// "(£000)" line is read as a table.
func TestPlainTextTableWithYearColumn(t *testing.T) {
	text := "Allocations for 2028-29 (£000):\n\n  Local authority                     2028-29\n  Highland Council                       612.5\n  Moray Council                          180.0\n  --------------------------------------------\n  Total                                  792.5\n"
	r := parsePage(t, text, Meta{ContentType: "text/plain"})
	if got := awardList(r); got != "Highland Council 612500|Moray Council 180000" {
		t.Errorf("awards %q", got)
	}
	if yearHeaders("2027   Grant") || !yearHeaders("Council   2028/29   2029/30") || yearHeaders("Council   Ref 12") {
		t.Error("yearHeaders")
	}
}

// TestRecommendedColumnOverCosts: "Total project cost | Requested |
// Recommended | Decision" gives the recommended sum of an approved row,
// not the project's cost.
func TestRecommendedColumnOverCosts(t *testing.T) {
	r := parseHTML(t, `<p>Appendix A – Round 3 applications (£000)</p><table><tr><th>Applicant</th><th>Project</th><th>Total project cost</th><th>Requested</th><th>Recommended</th><th>Decision</th></tr><tr><td>Norton Community Association</td><td>Roof replacement</td><td>96.0</td><td>62.5</td><td>62.5</td><td>Approved</td></tr><tr><td>Ingleby Barwick Community Hub</td><td>Solar panels</td><td>61.0</td><td>45.0</td><td>40.0</td><td>Approved</td></tr></table>`)
	if got := awardList(r); got != "Norton Community Association 62500|Ingleby Barwick Community Hub 40000" {
		t.Errorf("awards %q", got)
	}
}

// TestAmongCountAcrossPlaceOverHeadline: "The three projects are among 31
// across England sharing £24.5m in the second round" is the round's
// total over the headline's local "more than £1.8m"; "the Padiham-based
// charity Calder Vale Textile Collection" is the charity, not
// "Padiham-based".
func TestAmongCountAcrossPlaceOverHeadline(t *testing.T) {
	r := parseHTML(t, `<h1>Mill and canal projects share more than £1.8m heritage boost</h1><p>The three projects are among 31 across England sharing £24.5m in the second round of the Heritage Places Revival Fund.</p><p>Further up the valley, £215,000 has been awarded to the Padiham-based charity Calder Vale Textile Collection to restore a loom shed.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 24500000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 31 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if got := awardList(r); got != "Calder Vale Textile Collection 215000" {
		t.Errorf("awards %q", got)
	}
}

// TestYearLimitsThenTheirTotal: "The fund has £400,000 to award next
// financial year and a further £350,000 in 2029/30 – £750,000 over two
// years" gives each year's limit and the whole.
func TestYearLimitsThenTheirTotal(t *testing.T) {
	r := parseHTML(t, `<p>Published 24 March 2028</p><p>The Rother Green Communities Fund opens.</p><p>The fund has £400,000 to award next financial year and a further £350,000 in 2029/30 – £750,000 over two years.</p>`)
	var got []string
	for _, l := range r.Limits {
		p := "-"
		if l.Period != nil {
			p = *l.Period
		}
		got = append(got, strconv.FormatInt(l.Amount, 10)+" "+p)
	}
	if strings.Join(got, "|") != "400000 2028/29|350000 2029/30|750000 -" {
		t.Errorf("limits %q", got)
	}
	if dashTotal(" and ") || !dashTotal(" in 2029/30 – ") || !dashTotal(", a total of ") {
		t.Error("dashTotal")
	}
}

// TestMinutesPublishedOverMeetingDate: ModernGov's "Date: Thursday 9th
// March 2028" beside "Minutes published: 14/03/2028" is published on the
// 14th; "Requests over £500 must be supported by two quotes" is a rule,
// not an award.
func TestMinutesPublishedOverMeetingDate(t *testing.T) {
	r := parsePage(t, `<html><head><title>Minutes - Cabinet</title></head><body><table class="mgMeetingInfo"><tr><th>Date:</th><td>Thursday 9th March 2028, 4.30 pm</td></tr><tr><th>Minutes published:</th><td>14/03/2028</td></tr></table><div id="content"><p>Cabinet agreed grants from the Community Fund.</p><p>Requests over £500 must be supported by two quotes.</p></div></body></html>`, Meta{})
	if r.Published != "2028-03-14" {
		t.Errorf("published %q", r.Published)
	}
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// TestHeadingBatchTakesTheFundNamedUnderIt: a heading "Eight projects
// share £41,750" over "Eight projects will share £41,750 from the
// Neighbourhood Investment Fund" is that fund's batch, not the fund named
// earlier on the page.
func TestHeadingBatchTakesTheFundNamedUnderIt(t *testing.T) {
	r := parseHTML(t, `<p>Our homes are being upgraded through the Warmer Homes Challenge Fund.</p><h2>Eight projects share £41,750</h2><p>Eight projects will share £41,750 from the Neighbourhood Investment Fund.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		got = append(got, rd.Fund)
	}
	if strings.Join(got, "|") != "Neighbourhood Investment Fund" {
		t.Errorf("rounds of %q", got)
	}
}

// TestWrittenDollarAndRoundedRepeat: a page that writes "A$" once reads
// its bare "$" as Australian; "has secured A$1.1m" then "The grant of
// $1,104,250 ..., awarded to the University of the Coral Coast" is one
// award, the exact one.
func TestWrittenDollarAndRoundedRepeat(t *testing.T) {
	r := parsePage(t, `<html><head><title>Coral forecasts win industry grant | University of the Coral Coast</title></head><body><article><p>Associate Professor Lena Marsh from the School of Marine Science has secured A$1.1m from the Industry Research Partnerships scheme.</p><p>The grant of $1,104,250 over three years, awarded to the University of the Coral Coast, will fund a team forecasting coral bleaching.</p></article></body></html>`, Meta{})
	if len(r.Awards) != 1 || r.Awards[0].Amount != 1104250 || r.Awards[0].Currency != "AUD" {
		t.Errorf("awards %+v", r.Awards)
	}
	for text, want := range map[string]string{"A$2.86m and $465,000": "AUD", "NZ$5 and $4": "NZD", "US$5 and A$4": "", "C$12 million": "CAD", "CA$12": "CAD", "SA$3": "", "A$1 and NZ$2": "", "$5": ""} {
		if got := writtenDollar(text); got != want {
			t.Errorf("writtenDollar(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestBodyDescribedThenNamed: "a $465,000 grant to the gallery’s board of
// management, the Gippsland Lakes Regional Gallery Inc." is the named
// body's award, and the words that name it are no purpose.
func TestBodyDescribedThenNamed(t *testing.T) {
	r := parseHTML(t, `<p>A new store for the gallery will be built with a $465,000 grant to the gallery’s board of management, the Gippsland Lakes Regional Gallery Inc.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Gippsland Lakes Regional Gallery Inc" || r.Awards[0].Purpose != "" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestFundersOwnProgrammeWithoutMoney: "The award is one of the
// foundation’s Discovery Fellowships" names a programme though the
// sentence has no figure, so "11 fellows in the 2028 cohort, who share
// £14.3m" is its batch and not a later-named scheme's.
func TestFundersOwnProgrammeWithoutMoney(t *testing.T) {
	r := parseHTML(t, `<p>Dr Niamh Kerrigan has been awarded £1.4m by the Halcyon Foundation.</p><p>The award is one of the foundation’s Discovery Fellowships, which give researchers seven years of support. Dr Kerrigan is one of 11 fellows in the 2028 cohort, who share £14.3m.</p><p>The Halcyon Foundation has also awarded £96,500 from its Catalyst Awards scheme to Dr Jonah Price.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		got = append(got, rd.Fund)
	}
	if strings.Join(got, "|") != "Discovery Fellowships" {
		t.Errorf("rounds of %q", got)
	}
}

// TestPlaceLabelThenNamedGrantee: in a county-by-county list, "Dane
// County: $250,000 to the Stoughton Riverfront Business Association for
// a riverfront plaza" is the association's award.
func TestPlaceLabelThenNamedGrantee(t *testing.T) {
	r := parseHTML(t, `<p>The Main Street Bounceback program awarded these grants:</p><ul><li>Brown County: $250,000 to the Downtown De Pere Partnership for restoration of the 1889 Baker Building</li><li>Dane County: $250,000 to the Stoughton Riverfront Business Association for a riverfront plaza</li><li>Leeds City Council: £2m for new cycle lanes</li></ul>`)
	if got := awardList(r); got != "Downtown De Pere Partnership 250000|Stoughton Riverfront Business Association 250000|Leeds City Council 2000000" {
		t.Errorf("awards %q", got)
	}
}

// TestNameAndFigureLine: an accordion's "<summary>Braemar Community Hall
// SCIO £148,000</summary>" is the organisation's award; a heading "Round
// two £2m" is not.
func TestNameAndFigureLine(t *testing.T) {
	r := parseHTML(t, `<p>Eight community organisations have been awarded £1,136,000 in the second round of the Community Spaces Programme.</p><details><summary><span>Braemar Community Hall SCIO</span> <span>£148,000</span></summary><div><p>Aberdeenshire</p><p>Extension to the hall.</p></div></details><details><summary><span>Ullapool Harbour Trust</span> <span>£212,500</span></summary><div><p>Highland</p></div></details>`)
	if got := awardList(r); got != "Braemar Community Hall SCIO 148000|Ullapool Harbour Trust 212500" {
		t.Errorf("awards %q", got)
	}
}

// TestPlainTextTableTwoLineHeaderAndSubLines: a fixed-width table whose
// header runs over two lines ("2028/29 ... Scheme" over "grant ... cost")
// and whose rows each have an indented second line is read row by row,
// and the "Scheme cost" column is neither who nor what for.
func TestPlainTextTableTwoLineHeaderAndSubLines(t *testing.T) {
	text := "TABLE 1: ROUND 2 APPROVALS\n" +
		"                                                                (£000)\n" +
		"Applicant / scheme                          2028/29     Total     Scheme\n" +
		"                                              grant     grant       cost\n" +
		"-------------------------------------------------------------------------\n" +
		"Castleford Heritage Trust                     320.5     320.5      402.0\n" +
		"   Carlton Street shopfronts\n" +
		"Ossett Community Enterprise Ltd                96.8      96.8      129.0\n" +
		"   Former bank to co-working space\n"
	r := parsePage(t, text, Meta{ContentType: "text/plain"})
	if got := awardList(r); got != "Castleford Heritage Trust 320500|Ossett Community Enterprise Ltd 96800" {
		t.Errorf("awards %q", got)
	}
	for _, a := range r.Awards {
		if strings.ContainsAny(a.Purpose, "0123456789") {
			t.Errorf("purpose %q from the cost column", a.Purpose)
		}
	}
}

// TestDotLeaderLinesInPlainText: indented "Name ....... £X" lines in an
// e-mail bulletin are one grant each, not one wrapped paragraph.
func TestDotLeaderLinesInPlainText(t *testing.T) {
	text := "Eleven clubs will share £80,500 in the third round of the Tynedale Community Sport Fund.\n\n  Hexham Rugby Club ................................ £12,000\n  Haltwhistle Swimming and Leisure Association ..... £15,000\n  Allendale Fell Runners ............................ £4,250\n"
	r := parsePage(t, text, Meta{ContentType: "text/plain"})
	if got := awardList(r); got != "Hexham Rugby Club 12000|Haltwhistle Swimming and Leisure Association 15000|Allendale Fell Runners 4250" {
		t.Errorf("awards %q", got)
	}
}

// TestUpToGrantAwardedToNamed: "That a grant of up to £15,000 be awarded
// to Hovingham Cricket Club" is the club's award, hedged, not a cap.
func TestUpToGrantAwardedToNamed(t *testing.T) {
	r := parseHTML(t, `<p>RESOLVED:</p><ol><li>That a grant of up to £15,000 be awarded to Hovingham Cricket Club for a replacement pavilion, subject to planning consent.</li></ol>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Hovingham Cricket Club" || r.Awards[0].Qualifier == nil || *r.Awards[0].Qualifier != "up to" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestPreformattedTableInHTML: a <pre> block's fixed-width table, with its
// header in capitals over a rule, is read as a table inside an HTML page.
func TestPreformattedTableInHTML(t *testing.T) {
	r := parseHTML(t, "<p>The Office of Rural Connectivity today announced $240,000 in awards from the Rural Library Broadband Grant Program.</p><pre>\nLIBRARY                                   COUNTY              AWARD\n----------------------------------------  -------------  ----------\nSweet Grass Valley Public Library         Sweet Grass      $142,000\nUpper Musselshell Library District        Wheatland         $98,500\n----------------------------------------  -------------  ----------\n</pre>")
	if got := awardList(r); got != "Sweet Grass Valley Public Library 142000|Upper Musselshell Library District 98500" {
		t.Errorf("awards %q", got)
	}
}

// TestTwoRowHeaderAndRowspans: a GOV.UK table whose header has "Grant by
// financial year" over "2028/29 | 2029/30" beside "Total grant", and whose
// lead organisation and figures span a row per partner, gives one award
// per lead, of the total, in two tranches.
func TestTwoRowHeaderAndRowspans(t *testing.T) {
	r := parseHTML(t, `<p>Published 20 June 2028</p><table><thead><tr><th rowspan="2">Lead organisation</th><th rowspan="2">Partners</th><th rowspan="2">Project</th><th colspan="2">Grant by financial year</th><th rowspan="2">Total grant</th></tr><tr><th>2028/29</th><th>2029/30</th></tr></thead><tbody>
<tr><th rowspan="2">Whitby Marine Skills Centre</th><td>Scarborough Technical College</td><td rowspan="2">Vessel retrofit training</td><td rowspan="2">£240,000</td><td rowspan="2">£160,000</td><td rowspan="2">£400,000</td></tr>
<tr><td>Yorkshire Coast Boatbuilders Ltd</td></tr>
<tr><th>Lowestoft Offshore Apprenticeships Ltd</th><td>—</td><td>Wind technician pre-apprenticeships</td><td>£150,000</td><td>—</td><td>£150,000</td></tr></tbody></table>`)
	if got := awardList(r); got != "Whitby Marine Skills Centre 400000|Lowestoft Offshore Apprenticeships Ltd 150000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) > 0 && len(r.Awards[0].Tranches) != 2 {
		t.Errorf("tranches %+v", r.Awards[0].Tranches)
	}
}

// TestWentToDescribedNameWhichReceived: "The largest first-time grant went
// to the Tulsa-based nonprofit Green Country Growers, which received
// $45,000" is the nonprofit's award.
func TestWentToDescribedNameWhichReceived(t *testing.T) {
	r := parseHTML(t, `<p>The largest first-time grant went to the Tulsa-based nonprofit Green Country Growers, which received $45,000 for a teaching farm.</p>`)
	if got := awardList(r); got != "Green Country Growers 45000" {
		t.Errorf("awards %q", got)
	}
}

// TestAbbreviationInsideNames: "MLK Jr. Park Neighbors United" and "the
// St. Croix Falls Main Street Network" keep their full stops inside.
func TestAbbreviationInsideNames(t *testing.T) {
	r := parseHTML(t, `<p>Three community groups will each receive $30,000 for youth programs: Drake Park Block Club Council, MLK Jr. Park Neighbors United and Sabin Community Garden Project.</p><ul><li>Polk County: $210,000 to the St. Croix Falls Main Street Network for a public gathering space</li></ul>`)
	if got := awardList(r); got != "Drake Park Block Club Council 30000|MLK Jr. Park Neighbors United 30000|Sabin Community Garden Project 30000|St. Croix Falls Main Street Network 210000" {
		t.Errorf("awards %q", got)
	}
}

// TestAppropriationTable: a state budget's "Line item | FY 2027-28
// Appropriation | FY 2028-29 Appropriation | Change" gives each grant
// programme a limit per year; staff and debt lines are no awards.
func TestAppropriationTable(t *testing.T) {
	r := parseHTML(t, `<p>Selected line items, Department of Local Affairs</p><table><tr><th>Line item</th><th>FY 2027-28 Appropriation</th><th>FY 2028-29 Appropriation</th><th>Change</th></tr><tr><td>Downtown Vitality Grant Program</td><td>$7,500,000</td><td>$10,000,000</td><td>$2,500,000</td></tr><tr><td>Division of Local Government, Personal Services</td><td>$2,062,400</td><td>$2,184,600</td><td>$122,200</td></tr><tr><td>Debt Service, Certificates of Participation</td><td>$14,300,000</td><td>$14,300,000</td><td>$0</td></tr></table>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
	var got []string
	for _, l := range r.Limits {
		got = append(got, l.Fund+" "+strconv.FormatInt(l.Amount, 10)+" "+*l.Period)
	}
	if strings.Join(got, "|") != "Downtown Vitality Grant Program 7500000 2027/28|Downtown Vitality Grant Program 10000000 2028/29" {
		t.Errorf("limits %q", got)
	}
}

// TestGrantCycleIsARound: "$2.5 million in grants to 30 nonprofit
// organizations through the fourth annual grant cycle of its Powering
// Communities Fund" is round 4; a "life cycle" is not.
func TestGrantCycleIsARound(t *testing.T) {
	r := parseHTML(t, `<p>The foundation today announced $2.5 million in grants to 30 nonprofit organizations through the fourth annual grant cycle of its Powering Communities Fund.</p><p>The study of the third cycle of battery use won £40,000 from the Powering Communities Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 4 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 2500000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	r = parseHTML(t, `<p>The Board of Commissioners on Tuesday approved 16 grants totaling $1,887,250 in the second cycle of the Community Resilience Nonprofit Grant Program.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestBillProvidesAndRoundsMoney: "The 2028 transportation bill provides
// $16 million for the program over fiscal years 2029 and 2030" is the
// programme's budget; "more than $2.1 million in awards for the 2028
// grant cycle of the X Program" is a round's money, not a budget.
func TestBillProvidesAndRoundsMoney(t *testing.T) {
	r := parseHTML(t, `<p>MnDOT has selected seven projects to receive more than $7.8 million in Round 4 of the Safe Streets and Trails Connection Program.</p><p>The 2028 transportation bill provides $16 million for the program over fiscal years 2029 and 2030.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 16000000 {
		t.Errorf("limits %+v", r.Limits)
	}
	r = parseHTML(t, `<p>DEQ is pleased to announce more than $2.1 million in awards for the 2028 grant cycle of the Materials Recovery Modernization Grant Program.</p>`)
	if len(r.Limits) != 0 || len(r.Rounds) != 1 {
		t.Errorf("limits %+v rounds %+v", r.Limits, r.Rounds)
	}
}

// TestHasFigureForNamedGrants: "The Trust has £45,000 for the Tweed
// Rivers Small Grants in 2028–29" is that programme's limit for the year,
// not an award to "Tweed Rivers Small".
func TestHasFigureForNamedGrants(t *testing.T) {
	r := parseHTML(t, `<p>The Trust has £45,000 for the Tweed Rivers Small Grants in 2028–29, and the autumn round opens in September.</p>`)
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Fund != "Tweed Rivers Small Grants" || r.Limits[0].Period == nil || *r.Limits[0].Period != "2028/29" {
		t.Errorf("awards %q limits %+v", awardList(r), r.Limits)
	}
}

// TestGrantRecordsEachAndWithdrawn: records of "Grantees: A, B and C" over
// "Amount: $4,000 each" give one award apiece; a record whose "Status:"
// says it was withdrawn gives none.
func TestGrantRecordsEachAndWithdrawn(t *testing.T) {
	r := parseHTML(t, `<p>Eight groups share $25,000 from the trust’s Rural Halls Fund.</p><p><strong>Grantee:</strong> Ophir Hall Society<br><strong>Amount:</strong> $14,000<br><strong>Purpose:</strong> Re-piling</p><p><strong>Grantees:</strong> Becks Hall Committee, Lauder Hall Committee and Patearoa Hall Society<br><strong>Amount:</strong> $4,000 each<br><strong>Purpose:</strong> Defibrillators</p><p><strong>Grantee:</strong> Roxburgh Rowing Club<br><strong>Amount:</strong> $12,000<br><strong>Status:</strong> Withdrawn – the club has secured other funding</p>`)
	if got := awardList(r); got != "Ophir Hall Society 14000|Becks Hall Committee 4000|Lauder Hall Committee 4000|Patearoa Hall Society 4000" {
		t.Errorf("awards %q", got)
	}
}

// TestLabelledBoxesAreChrome: boxes whose first line labels them ("Also in
// the news", "Jobs") are chrome even without class names or heading tags
// that say so.
func TestLabelledBoxesAreChrome(t *testing.T) {
	r := parsePage(t, `<html><body><div class="w"><div class="r"><div class="c-8"><div class="t1">Heritage centre shares solar farm cash</div><div class="tx"><div>Pewsey Heritage Centre gets £22,000 from the Pewsey Vale Solar Community Fund to re-roof its former foundry building.</div><div>Upavon Tennis Club receives almost £9,000 for floodlights.</div></div></div><div class="c-4"><div class="box"><div class="box-h">Also in the news</div><div>Marlborough Rugby Club gets £15,000 from Sport England for new scrum machine</div></div></div></div><div class="ft"><div class="ft-col"><div class="ft-h">Jobs</div><div>Head Gardener, Bowood, £29,000</div></div></div></div></body></html>`, Meta{})
	if got := awardList(r); got != "Pewsey Heritage Centre 22000|Upavon Tennis Club 9000" {
		t.Errorf("awards %q", got)
	}
}

// TestStatewideTotalOverLocalShare: "Three Cedar Valley providers will
// share $1.1 million ... Statewide, the department awarded $9.4 million to
// 41 projects in this round" gives the round the statewide total.
func TestStatewideTotalOverLocalShare(t *testing.T) {
	r := parseHTML(t, `<p>Three Cedar Valley child care providers will share $1.1 million in state grants from the third round of the Child Care Expansion Challenge Grant Program.</p><p>Statewide, the department awarded $9.4 million to 41 projects in this round, the third.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 9400000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestFundNamedTotalOverMeetingTotal: "The board approved $412,000 in
// grants to 22 organizations" then "The council approved $150,000 in
// Community Arts Access Grants to 16 organizations": the round of the
// named programme is $150,000 for 16.
func TestFundNamedTotalOverMeetingTotal(t *testing.T) {
	r := parseHTML(t, `<p>HELENA — The Montana Arts Council board approved $412,000 in grants to 22 arts organizations at its quarterly meeting.</p><h2>Community Arts Access Grants</h2><p>The council approved $150,000 in Community Arts Access Grants to 16 organizations in rural communities.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 150000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 16 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestEachListItemsNameCommaFor: under "The following eight organisations
// will each receive £25,000:", items "Bridlington Community Larder, for
// cooking sessions" name the grantee before ", for".
func TestEachListItemsNameCommaFor(t *testing.T) {
	r := parseHTML(t, `<p>The following two organisations will each receive £25,000:</p><ul><li>Bridlington Community Larder, for cooking-on-a-budget sessions and a weekly health check drop-in</li><li>Goole Men’s Health Forum, for blood pressure checks in pubs</li></ul>`)
	if got := awardList(r); got != "Bridlington Community Larder 25000|Goole Men’s Health Forum 25000" {
		t.Errorf("awards %q", got)
	}
}

// TestMaoriParticleAndWorthAfterComma: "Ngā Toi o Tairāwhiti Performing
// Arts Trust" is one name; "received a Research Horizons Fellowship, worth
// £1,240,000" is the holder's award.
func TestMaoriParticleAndWorthAfterComma(t *testing.T) {
	r := parseHTML(t, `<p>Her collaborator Dr Kofi Mensah, at Northumbria University, also received a Research Horizons Fellowship, worth £1,240,000, to develop wearable sensors.</p><p>Ngā Toi o Tairāwhiti Performing Arts Trust receives $1,150,000 for a new black-box theatre.</p>`)
	if got := recipients(r); got != "Northumbria University|Ngā Toi o Tairāwhiti Performing Arts Trust" {
		t.Errorf("recipients %q", got)
	}
}

// TestFeedEntriesKeepTheirOwnFunds: in a feed, an entry whose figures name
// no fund belongs to the fund its own entry is about, and a round number
// does not carry over; "VICTORIA – Twenty-two communities will build ...
// with $4.8 million from the third intake of X" is round 3's total.
func TestFeedEntriesKeepTheirOwnFunds(t *testing.T) {
	feed := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><updated>2028-07-14T10:00:00Z</updated>
<entry><title>Walking routes</title><updated>2028-07-14T10:00:00Z</updated><content type="html">&lt;p&gt;VICTORIA – Twenty-two communities will build new sidewalks with $4.8 million from the third intake of the Rural Active Transportation Grants Program.&lt;/p&gt;</content></entry>
<entry><title>Applications open for Community Arts Spaces Program</title><updated>2028-07-03T10:00:00Z</updated><content type="html">&lt;p&gt;Applications are now open for the Community Arts Spaces Program, which helps arts organizations renovate their spaces.&lt;/p&gt;&lt;p&gt;$5 million is available in 2028-29.&lt;/p&gt;</content></entry>
</feed>`
	r := parsePage(t, feed, Meta{ContentType: "application/atom+xml"})
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 3 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 22 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Community Arts Spaces Program" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestSponsorBeforeTheFundClause: "Thanks to the generosity of Marcher
// Telecom, the fund has £60,000 to distribute in 2028" is the page's
// fund's budget; the sponsor is no fund.
func TestSponsorBeforeTheFundClause(t *testing.T) {
	r := parseHTML(t, `<p>The Digital Bridges Fund helps people get online. Thanks to the generosity of Marcher Telecom, the fund has £60,000 to distribute in 2028.</p>`)
	if got := strings.Join(r.Funds, "|"); got != "Digital Bridges Fund" {
		t.Errorf("funds %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Digital Bridges Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestPartOfWholeBatch: "Nine organisations ... are sharing £2.24 million
// from the X Fund, part of £9.8 million awarded today to 31
// organisations across England" gives the round the whole: £9.8m, 31.
func TestPartOfWholeBatch(t *testing.T) {
	r := parseHTML(t, `<p>Nine organisations in the North of England are sharing £2.24 million from the Cultural Spaces Renewal Fund, part of £9.8 million awarded today to 31 organisations across England.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 9800000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 31 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestSuccessfulBidOwner: in a parish council's minutes, "the Parish
// Council's bid to the County Council's Community Chest ... had been
// successful, with a grant of £2,400" is the parish council's award.
func TestSuccessfulBidOwner(t *testing.T) {
	text := "WYLAM PARISH COUNCIL\n\nMinutes of the meeting held on Tuesday 7 March 2028\n\nThe Clerk reported that the Parish Council's bid to Northumberland County Council's Community Chest for a replacement bus shelter had been successful, with a grant of £2,400.\n"
	r := parsePage(t, text, Meta{ContentType: "text/plain"})
	if got := awardList(r); got != "Wylam Parish Council 2400" {
		t.Errorf("awards %q", got)
	}
}

// TestWorkThenItsMaker: "The Salt Road, a thriller ..., receives £450,000.
// The feature is produced by Harrow Lane Pictures" is the company's award
// for the film.
func TestWorkThenItsMaker(t *testing.T) {
	r := parseHTML(t, `<p><em>The Salt Road</em>, a thriller set among the smugglers of the Purbeck coast, receives £450,000. The feature is produced by Harrow Lane Pictures and will shoot in Dorset this summer.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Recipient != "Harrow Lane Pictures" || !strings.Contains(r.Awards[0].Purpose, "Salt Road") {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestCountedFellowshipsWorthTheirScheme: "..., and the four fellowships
// are worth £782,700" is a batch of the page's Fellowships scheme, not of
// the sentence's first fund.
func TestCountedFellowshipsWorthTheirScheme(t *testing.T) {
	r := parseHTML(t, `<p>Our Research Committee has approved nine new Project Grants and four Clinical Research Training Fellowships. In our spring 2028 round we committed £1,984,350 to nine project grants, and the four fellowships are worth £782,700.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		got = append(got, rd.Fund+" "+strconv.FormatInt(*rd.Total, 10)+" "+strconv.Itoa(*rd.Projects))
	}
	if strings.Join(got, "|") != "Project Grants 1984350 9|Clinical Research Training Fellowships 782700 4" {
		t.Errorf("rounds %q", got)
	}
}

// TestSchemePromoterColumn: "Scheme promoter | Scheme | Recommended grant"
// names the promoter as the grantee and the scheme as the purpose.
func TestSchemePromoterColumn(t *testing.T) {
	r := parseHTML(t, `<p>The Combined Authority approved the following grants from the Brownfield Land Fund:</p><table><thead><tr><th>Scheme promoter</th><th>Scheme</th><th>Recommended grant</th></tr></thead><tr><td>Sefton Council</td><td>Bootle Strand residential conversion (118 homes)</td><td>£2,750,000</td></tr><tr><td>Wirral Council</td><td>Birkenhead Dock Branch, phase 1 (210 homes)</td><td>£3,100,000</td></tr></table>`)
	if got := awardList(r); got != "Sefton Council 2750000|Wirral Council 3100000" {
		t.Errorf("awards %q", got)
	}
}

// TestFootnoteMarkAfterFigure: "around £15,000<sup>1</sup>" in a table
// cell is about £15,000, not £15.
func TestFootnoteMarkAfterFigure(t *testing.T) {
	r := parseHTML(t, `<p>Grants awarded:</p><table><tr><th>Organisation</th><th>Place</th><th>Grant</th></tr><tr><td>Wimborne Model Town</td><td>Wimborne Minster</td><td>around £15,000<sup>1</sup></td></tr><tr><td>Swanage Lifeboat Museum</td><td>Swanage</td><td>£23,000<sup><a href="#fn2">2</a></sup></td></tr></table><p>Kingston Lacy Gardeners receive £4,500<sup>*</sup> for tools.</p>`)
	if got := awardList(r); got != "Wimborne Model Town 15000|Swanage Lifeboat Museum 23000|Kingston Lacy Gardeners 4500" {
		t.Errorf("awards %q", got)
	}
}

// TestResearcherHeadingAndFundObject: a card headed "Dr Nadia Haddad,
// University of Bristol" over "£248,760 over 36 months" is the host's
// award; "We have set aside £3.5 million for Translational Project Grants
// in 2028/29" is that scheme's budget, not an award to "Translational
// Project".
func TestResearcherHeadingAndFundObject(t *testing.T) {
	r := parseHTML(t, `<p>Published 12 August 2028</p><p>We have set aside £3.5 million for Translational Project Grants in 2028/29.</p><ul><li><h3>Dr Nadia Haddad, University of Bristol</h3><p>£248,760 over 36 months</p><p>A blood test for tumour DNA.</p></li><li><h3>Professor Ruth Abernethy, Queen Mary University of London</h3><p>£275,025 over 36 months</p></li></ul>`)
	if got := awardList(r); got != "Nadia Haddad (University of Bristol) 248760|Ruth Abernethy (Queen Mary University of London) 275025" {
		t.Errorf("awards %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Translational Project Grants" || r.Limits[0].Amount != 3500000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestGroupHeadingIsNoGrantee: under a heading "Organisations", "£24,500
// to Belfast Community Circus School for ..." is the school's award.
func TestGroupHeadingIsNoGrantee(t *testing.T) {
	r := parseHTML(t, `<h2>Organisations</h2><ul><li>£24,500 to Belfast Community Circus School for a winter season of aerial workshops</li></ul><h2>Individuals</h2><ul><li>£5,000 to Aoife Byrne for a new dance piece</li></ul>`)
	if got := recipients(r); got != "Belfast Community Circus School|Aoife Byrne" {
		t.Errorf("recipients %q", got)
	}
}

// TestResearchersAcrossSentences: on a university's page, "A project led
// by Dr Joanna Pell of the School of English, with partners at the
// University of Dunmore, has been awarded £742,000" and "Dr Samira
// Khouri, of the School of Music, wins a place on the Fellowships scheme.
// Her fellowship, worth £1,124,880 ..." are the page's university's.
func TestResearchersAcrossSentences(t *testing.T) {
	r := parsePage(t, `<html><head><title>Researchers secure almost £3 million - News - University of Kingsbridge</title></head><body><article><p>Dr Samira Khouri, of the School of Music, wins a place on the Aldous Foundation’s Future Research Leaders Fellowships scheme. Her fellowship, worth £1,124,880 over four years, will record steel-pan traditions.</p><p>A project led by Dr Joanna Pell of the School of English, with partners at the University of Dunmore, has been awarded £742,000 from the Digital Humanities Partnerships programme.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Samira Khouri (University of Kingsbridge) 1124880|Joanna Pell (University of Kingsbridge) 742000" {
		t.Errorf("awards %q", got)
	}
}

// TestBrandIsOurProgramme: "Heritage in Our Hands is our £25 million
// programme for community-led heritage" names the programme and its
// budget.
func TestBrandIsOurProgramme(t *testing.T) {
	r := parseHTML(t, `<p>Our Scotland Committee has awarded £3,118,700 to nine projects. Heritage in Our Hands is our £25 million programme for community-led heritage across the UK.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Heritage in Our Hands" || r.Limits[0].Amount != 25000000 {
		t.Errorf("limits %+v", r.Limits)
	}
	if titleCaseName("Heritage in our hands") || !titleCaseName("Heritage in Our Hands") {
		t.Error("titleCaseName")
	}
}

// TestVisibleISODate: "Published: 2028-08-09" under the headline dates the
// page.
func TestVisibleISODate(t *testing.T) {
	r := parseHTML(t, `<h1>Results of the second joint call</h1><p class="pubdate">Published: 2028-08-09</p><p>The selected projects will receive €6.98 million.</p>`)
	if r.Published != "2028-08-09" {
		t.Errorf("published %q", r.Published)
	}
	if d, _, ok := writtenDate("on 2028-02-30"); ok {
		t.Errorf("writtenDate read an impossible date as %q", d)
	}
}

// TestAgreedButSinceWithdrawn: "An award of £1,800 to the Rushmere Road
// Residents’ Association was agreed by the panel but the association has
// since withdrawn its application" is no award.
func TestAgreedButSinceWithdrawn(t *testing.T) {
	r := parseHTML(t, `<p>An award of £1,800 to the Rushmere Road Residents’ Association was agreed by the panel but the association has since withdrawn its application, as the work will now be paid for by its housing association.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// TestAllocatedTodayToGroup: "£22 million is allocated today to 20 police
// force areas" is a round's total, the adverb notwithstanding.
func TestAllocatedTodayToGroup(t *testing.T) {
	r := parseHTML(t, `<p>The Hotspot Response Fund pays for patrols. £22 million is allocated today to 20 police force areas.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 22000000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestPoliceAndCrimeCommissionerBeforeFigure: "the Police and Crime
// Commissioner for Merseyside, £1.9 million, for hotspot patrols" keeps
// the whole title.
func TestPoliceAndCrimeCommissionerBeforeFigure(t *testing.T) {
	r := parseHTML(t, `<p>Allocations in this round include:</p><ul><li>the Police and Crime Commissioner for Merseyside, £1.9 million, for hotspot patrols in Kirkby;</li></ul>`)
	if got := recipients(r); got != "Police and Crime Commissioner for Merseyside" {
		t.Errorf("recipients %q", got)
	}
}

// TestSchemeNamedGranteeInList: in a list of grants, "Canterbury Student
// Night Safety Scheme ........ £1,900" is a grantee; "Rural Transport
// Microgrants – up to £2,500" and "Estimated Total Program Funding:
// $18,750,000" are not.
func TestSchemeNamedGranteeInList(t *testing.T) {
	text := "The panel approved three grants in Round 2 of the Safer Kent Community Grants:\n\n  Faversham Town Pastors ............................ £3,200\n  Canterbury Student Night Safety Scheme ............ £1,900\n\nEstimated Total Program Funding: $18,750,000\n"
	r := parsePage(t, text, Meta{ContentType: "text/plain"})
	if got := awardList(r); got != "Faversham Town Pastors 3200|Canterbury Student Night Safety Scheme 1900" {
		t.Errorf("awards %q", got)
	}
}

// TestCumulativeTotalIsNoRound: "Since the scheme began in 2025 the
// Foundation has supported 41 fellows with awards totalling $20.6m" and
// "Since it was launched in 2026, the fund has invested $7.4 million in 61
// projects" are all rounds so far, no one round's batch; "towns hit by
// flooding since 2020" says nothing of the kind.
func TestCumulativeTotalIsNoRound(t *testing.T) {
	r := parseHTML(t, `<p>Since the scheme began in 2025 the Foundation has supported 41 fellows with awards totalling $20.6 million through the Early Career Fellowships.</p><p>Since it was launched in 2026, the Community Safety Action Fund has invested $7.4 million in 61 projects.</p>`)
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if cumulativeCue("the agency has confirmed £5.4m for three schemes upstream of towns hit by flooding since 2020") {
		t.Error("cumulativeCue")
	}
}

// TestCountedGroupWithRelativeClause: "Sixteen projects that help people
// feel safer in their communities will share $1.2-million through the
// second intake of X" is round 2's total for sixteen.
func TestCountedGroupWithRelativeClause(t *testing.T) {
	r := parseHTML(t, `<p>Sixteen projects that help people feel safer in their communities will share $1.2-million through the second intake of the Community Safety Action Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 16 || *r.Rounds[0].Total != 1200000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestGrantsWorthACombined: "40 Connection Grants worth a combined $1.2
// million" is a batch of forty.
func TestGrantsWorthACombined(t *testing.T) {
	r := parseHTML(t, `<p>In addition, 40 Connection Grants worth a combined $1.2 million will support workshops and conferences.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 40 || *r.Rounds[0].Total != 1200000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestPossessiveInsideHostName: "King's College London" and "Queen's
// University Belfast" are hosts whole; "Newcastle University’s Population
// Health Sciences Institute" is Newcastle University's.
func TestPossessiveInsideHostName(t *testing.T) {
	r := parseHTML(t, `<p>The following fellowships were awarded:</p><table><tr><th>Fellow</th><th>Host institution</th><th>Award</th></tr><tr><td>Dr Joseph Adeyemi</td><td>King's College London</td><td>£559,998</td></tr><tr><td>Dr Ciarán Mac Giolla</td><td>Queen's University Belfast</td><td>£703,955</td></tr><tr><td>Dr Hannah Oyelaran</td><td>Newcastle University’s Population Health Sciences Institute</td><td>£612,000</td></tr></table>`)
	if got := recipients(r); got != "Joseph Adeyemi (King's College London)|Ciarán Mac Giolla (Queen's University Belfast)|Hannah Oyelaran (Newcastle University)" {
		t.Errorf("recipients %q", got)
	}
}

// TestCardWithWardLine: a card in a list, "<li><h3>Name</h3><p>Ward
// 1</p><p>$18,500</p></li>", names its heading; a sentence between heading
// and figure breaks the card.
func TestCardWithWardLine(t *testing.T) {
	r := parseHTML(t, `<h2>Fall grant recipients</h2><ul><li><h3>Barrio Norte Neighborhood Association</h3><p>Ward 1</p><p>$18,500</p><p>A shade ramada.</p></li><li><h3>Pine Park Neighborhood Association</h3><p>Ward 6</p><p>$9,750</p><p>Little free pantries.</p></li></ul>`)
	if got := awardList(r); got != "Barrio Norte Neighborhood Association 18500|Pine Park Neighborhood Association 9750" {
		t.Errorf("awards %q", got)
	}
	if cardLinesBetween([]block{{text: "The association thanks its volunteers."}}) {
		t.Error("a sentence is no card line")
	}
}

// TestNameAfterDescription: "A boxing club in Buncrana, St Oran's Boxing
// Club, gets €9,500" and "goes to a group restoring the old schoolhouse
// at Glengad, the Glengad Schoolhouse Restoration Committee" name the
// body after its description; "a partnership led by Torbay Council, with
// the Torbay Development Agency" keeps its lead.
func TestNameAfterDescription(t *testing.T) {
	r := parseHTML(t, `<p>A boxing club in Buncrana, St Oran’s Boxing Club, gets €9,500 for a new ring.</p><p>The biggest award, almost €20,000, goes to a group restoring the old schoolhouse at Glengad, the Glengad Schoolhouse Restoration Committee, which will re-slate the roof.</p><p>The fund awarded £1.1 million for a partnership led by Torbay Council, with the Torbay Development Agency, to repurpose the old post office.</p>`)
	if got := awardList(r); got != "St Oran’s Boxing Club 9500|Glengad Schoolhouse Restoration Committee 20000|Torbay Council 1100000" {
		t.Errorf("awards %q", got)
	}
}

// TestRoleAppositiveHost: a researcher named with a role at a host is the
// host's award ("Ian Charlton, a consultant psychologist with Tyne and
// Wear NHS Foundation Trust"), as is "a lecturer in the University’s
// Institute of Aquaculture" and "of the Division of History" on a
// university's page; "an assistant professor in the School of Public
// Health" names no host.
func TestRoleAppositiveHost(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><head><title>Research awards | News | University of Kelsford</title></head><body><article><h1>Research awards</h1>
<p>Ian Charlton, a consultant psychologist with Tyne and Wear NHS Foundation Trust, receives £128,000 for a study.</p>
<p>Sister Joanne Kell, a research nurse at the Freeman Hospital, receives £62,750 for a trial.</p>
<p>Dr Morven Galbraith, a lecturer in the University’s Institute of Aquaculture, has been awarded £1.24 million.</p>
<p>Professor Elspeth Rae, of the Division of History, Heritage and Politics, has been offered £300,000.</p></article></body></html>`), Meta{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := recipients(r); got != "Ian Charlton (Tyne and Wear NHS Foundation Trust)|Sister Joanne Kell (Freeman Hospital)|Morven Galbraith (University of Kelsford)|Elspeth Rae (University of Kelsford)" {
		t.Errorf("recipients %q", got)
	}
	if got := roleAppositive("Noor Haddad, an assistant professor in the School of Public Health"); got != "" {
		t.Errorf("department as host: %q", got)
	}
}

// TestGrantsPanelAsRound: a grants panel that meets in turn decides in
// rounds ("This was the second of three panels", "At the first panel, 14
// groups received £68,400"); a panel of experts or a solar panel numbers
// none.
func TestGrantsPanelAsRound(t *testing.T) {
	r := parseHTML(t, `<p>The panel met on 10 October to consider applications to the Community Grants Scheme. This was the second of three panels this year. The panel agreed grants totalling £50,350 to 12 groups.</p><p>At the first panel, on 13 June, 14 groups received £68,400.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		n := 0
		if rd.Round != nil {
			n = *rd.Round
		}
		got = append(got, strconv.Itoa(n)+":"+strconv.FormatInt(*rd.Total, 10))
	}
	if strings.Join(got, " ") != "2:50350 1:68400" {
		t.Errorf("rounds %v", got)
	}
	for _, s := range []string{"the second panel of experts will assess grants of £5,000", "a first solar panel costing £5,000 was funded"} {
		if m := findRounds(s); len(m) != 0 {
			t.Errorf("%q: %+v", s, m)
		}
	}
}

// TestPlaceModifiedBodyIsUnnamed: "£673,000 to a Halton employer-led
// consortium" and "£50,000 to a Leeds charity" go to bodies not yet
// named, not to the places; "£60,000 to Wigan Youth Zone" is named.
func TestPlaceModifiedBodyIsUnnamed(t *testing.T) {
	r := parseHTML(t, `<p>A ninth award, of £673,000 to a Halton employer-led consortium, is subject to contract.</p><p>The fund gave £50,000 to a Leeds charity.</p><p>The fund gave £60,000 to Wigan Youth Zone.</p>`)
	if got := awardList(r); got != "Wigan Youth Zone 60000" {
		t.Errorf("awards %q", got)
	}
}

// TestLeadFieldOverBareFigure: a card's "Lead organisation: X" line names
// who gets the bare "£238,500" under it.
func TestLeadFieldOverBareFigure(t *testing.T) {
	r := parseHTML(t, `<h2>Wave 2 projects</h2><div><h3>Community diabetes hubs</h3><p>Lead organisation: Preston City Primary Care Network<br>Area: Central Lancashire</p><p>£238,500</p><p>Evening clinics.</p></div><div><h3>Asthma-friendly schools</h3><p>Lead organisation: Blackburn with Darwen Borough Council<br>Area: Pennine Lancashire</p><p>£186,000</p><p>School nurses will check inhalers.</p></div>`)
	if got := awardList(r); got != "Preston City Primary Care Network 238500|Blackburn with Darwen Borough Council 186000" {
		t.Errorf("awards %q", got)
	}
}

// TestEachListItemWithPlace: "Eight nurseries will each receive £25,000:"
// over items "Little Owls Nursery, Hartlepool" gives each nursery the
// figure, less its town.
func TestEachListItemWithPlace(t *testing.T) {
	r := parseHTML(t, `<p>Three nurseries will each receive £25,000 to train staff in early language support:</p><ul><li>Little Owls Nursery, Hartlepool</li><li>Cwtch Childcare, Merthyr Tydfil</li><li>Sunflower Pre-School, Great Yarmouth</li></ul>`)
	if got := awardList(r); got != "Little Owls Nursery 25000|Cwtch Childcare 25000|Sunflower Pre-School 25000" {
		t.Errorf("awards %q", got)
	}
}

// TestServiceColumnNamesWho: in a childcare grants table "County |
// Service | Type | Grant approved", the service is the grantee; beside a
// "Lead organisation" column "Service" says what is delivered.
func TestServiceColumnNamesWho(t *testing.T) {
	r := parseHTML(t, `<p>The Minister has approved grants to 2 early learning and care services.</p><table><tr><th>County</th><th>Service</th><th>Type</th><th>Grant approved</th></tr><tr><td>Cavan</td><td>Bailieborough Playgroup</td><td>Community</td><td>€12,875</td></tr><tr><td>Donegal</td><td>Inishowen Little Learners</td><td>Private</td><td>€19,750</td></tr></table>
<p>The council awarded these contracts and grants:</p><table><tr><th>Lot</th><th>Service</th><th>Lead organisation</th><th>Grant</th></tr><tr><td>1</td><td>Advice and information</td><td>Kingsholt Law Centre</td><td>£620,000</td></tr></table>`)
	if got := awardList(r); got != "Bailieborough Playgroup 12875|Inishowen Little Learners 19750|Kingsholt Law Centre 620000" {
		t.Errorf("awards %q", got)
	}
}

// TestCountedServicesAreABatch: "212 services received €3.1 million" in
// the first call is round 1's batch; "Rail services received £3.2
// million" is a budget line.
func TestCountedServicesAreABatch(t *testing.T) {
	r := parseHTML(t, `<p>In the first call, 212 services received €3.1 million.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 || *r.Rounds[0].Total != 3100000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if !serviceSubject("Rail services") || serviceSubject("In the first call, 212 services") {
		t.Error("serviceSubject")
	}
}

// TestHeadlineAddsUpOneRecipient: "College wins £1.35m" over the college's
// £1.2 million from one fund and £150,000 from another is no third
// award.
func TestHeadlineAddsUpOneRecipient(t *testing.T) {
	r := parsePage(t, `<html><head><title>College wins £1.35m for new skills centre - Dee Valley College</title></head><body><article><h1>College wins £1.35m for new skills centre</h1><p>Dee Valley College has secured £1.2 million from the Health Skills Capital Fund to build a skills centre.</p><p>The college has also been awarded more than £150,000 from the Employer Skills Partnership Fund to buy mannequins.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Dee Valley College 1200000|Dee Valley College 150000" {
		t.Errorf("awards %q", got)
	}
}

// TestEarlierVersionSaid: "An earlier version said X had been allocated
// £810,000" withdraws the figure, with or without "of this article".
func TestEarlierVersionSaid(t *testing.T) {
	r := parseHTML(t, `<p>This article was amended on 12 November. An earlier version said NHS Kent and Medway ICB had been allocated £810,000. A previous version said Leeds Council received £90,000.</p><p>NHS Surrey Heartlands ICB has been allocated £318,000.</p>`)
	if got := awardList(r); got != "NHS Surrey Heartlands ICB 318000" {
		t.Errorf("awards %q", got)
	}
}

// TestSharedOutBetweenGives: "NHS England has shared £12 million from its
// new fund between the 42 integrated care boards" is a batch NHS England
// gives, not an award to it.
func TestSharedOutBetweenGives(t *testing.T) {
	r := parseHTML(t, `<p>NHS England has shared £12 million from its new District Nursing Retention Fund between the 42 integrated care boards.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 12000000 {
		t.Errorf("awards %q rounds %+v", awardList(r), r.Rounds)
	}
	if sharedOut("shared", " between them") || !sharedOut("split", " between 10 groups") {
		t.Error("sharedOut")
	}
}

// TestNamedMemberOfBatchIsTheClub: "A Goldthorpe youth club ..., Dearne
// Fighting Fit, is among ten projects to share £166,450" names who "The
// club has been awarded £18,500" is.
func TestNamedMemberOfBatchIsTheClub(t *testing.T) {
	r := parseHTML(t, `<p>A Goldthorpe youth club that runs free boxing sessions, Dearne Fighting Fit, is among ten projects to share £166,450 in the autumn round of the Young Barnsley Wellbeing Fund.</p><p>The club has been awarded £18,500 to double its sessions.</p>`)
	if got := awardList(r); got != "Dearne Fighting Fit 18500" {
		t.Errorf("awards %q", got)
	}
	if describedName("A Goldthorpe youth club that runs boxing sessions, Dearne Fighting Fit") != "Dearne Fighting Fit" || describedName("A Leeds Council, Bradford Council") != "" {
		t.Error("describedName")
	}
}

// TestBodyDescribedByWhatItRuns: "£2.3 million to the multi-academy trust
// behind Riverside Academy Peckham, Southwark Learning Partnership Trust,
// for a new sixth form centre" goes to the trust named after its
// description.
func TestBodyDescribedByWhatItRuns(t *testing.T) {
	r := parseHTML(t, `<ul><li>£2.3 million to the multi-academy trust behind Riverside Academy Peckham, Southwark Learning Partnership Trust, for a new sixth form centre</li></ul>`)
	if got := awardList(r); got != "Southwark Learning Partnership Trust 2300000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) == 1 && r.Awards[0].Purpose != "new sixth form centre" {
		t.Errorf("purpose %q", r.Awards[0].Purpose)
	}
}

// TestTotalBudgetColumnIsNotTheGrant: "Total budget (€)" beside "EU
// contribution (€)" is what a project costs; the contribution is the
// grant.
func TestTotalBudgetColumnIsNotTheGrant(t *testing.T) {
	r := parseHTML(t, `<p>The Commission approved 2 projects.</p><table><tr><th>Project</th><th>Coordinating beneficiary</th><th>Country</th><th>Total budget (€)</th><th>EU contribution (€)</th></tr><tr><td>LIFE Bogs</td><td>Irish Peatland Restoration Trust</td><td>IE</td><td>6,240,000</td><td>3,744,000</td></tr><tr><td>LIFE Seagrass</td><td>Association Herbiers Atlantiques</td><td>FR</td><td>3,980,500</td><td>2,388,300</td></tr></table>`)
	if got := awardList(r); got != "Irish Peatland Restoration Trust 3744000|Association Herbiers Atlantiques 2388300" {
		t.Errorf("awards %q", got)
	}
}

// TestPlaceHeadingOverToItem: under a county heading, "€186,000 to
// Comharchumann Iascaigh Árainn Mhór Teo. for an ice plant" goes to the
// body the item names, not to the county.
func TestPlaceHeadingOverToItem(t *testing.T) {
	r := parseHTML(t, `<h2>Projects approved include</h2><h3>Donegal</h3><ul><li>€186,000 to Comharchumann Iascaigh Árainn Mhór Teo. for a shared ice plant</li><li>€48,750 to Killybegs Inshore Fishermen’s Association for catch recording</li></ul><h3>Galway</h3><ul><li>€240,000 to Connemara Oyster Growers Co-operative for a depuration unit</li></ul>`)
	if got := awardList(r); got != "Comharchumann Iascaigh Árainn Mhór Teo 186000|Killybegs Inshore Fishermen’s Association 48750|Connemara Oyster Growers Co-operative 240000" {
		t.Errorf("awards %q", got)
	}
}

// TestUseItsGrant: on a page about a fund, "X will use its £16,400 grant
// to restore orchards" tells X's grant, as "use a £6,400 grant" does.
func TestUseItsGrant(t *testing.T) {
	r := parseHTML(t, `<p>Eight groups share £60,000 from the Lakes Nature Fund.</p><p>A community land trust in the Lyth Valley, Lyth Valley Community Land Trust, will use its £16,400 grant to restore three damson orchards.</p>`)
	if got := awardList(r); got != "Lyth Valley Community Land Trust 16400" {
		t.Errorf("awards %q", got)
	}
}

// TestWithdrewBidAndNoOneCap: "X was offered £2.9 million but withdrew its
// bid" is no award; "No partnership could receive more than £1.5
// million" caps each and gives no one anything.
func TestWithdrewBidAndNoOneCap(t *testing.T) {
	r := parseHTML(t, `<p>Torbay Council was offered £2.9 million in this round but withdrew its bid in November.</p><p>No partnership could receive more than £1.5 million in a year.</p><p>Exmoor Council was awarded £1.1 million.</p>`)
	if got := awardList(r); got != "Exmoor Council 1100000" {
		t.Errorf("awards %q", got)
	}
}

// TestSplitInBracketsAtClauseEnd: "£720,000 to restore raised bog at
// Kirkconnell Flow (£400,000 in 2028-29 and £320,000 in 2029-30)" is
// the council's award in two tranches; the place in the purpose gets
// nothing.
func TestSplitInBracketsAtClauseEnd(t *testing.T) {
	r := parseHTML(t, `<p>The Nature Networks Fund awards:</p><ul><li>Dumfries and Galloway Council – £720,000 to restore 210 hectares of raised bog at Kirkconnell Flow (£400,000 in 2028-29 and £320,000 in 2029-30)</li></ul>`)
	if got := awardList(r); got != "Dumfries and Galloway Council 720000" {
		t.Fatalf("awards %q", got)
	}
	if a := r.Awards[0]; len(a.Tranches) != 2 || a.Tranches[0].Amount != 400000 || a.Tranches[1].Period != "2029/30" || a.Purpose != "restore 210 hectares of raised bog at Kirkconnell Flow" {
		t.Errorf("award %+v", a)
	}
}

// TestDescribedLabelBeforeDash: "a community-owned estate on Lewis, Loch
// Seaforth Community Trust – £198,500" names the trust.
func TestDescribedLabelBeforeDash(t *testing.T) {
	r := parseHTML(t, `<p>The Nature Networks Fund awards:</p><ul><li>a community-owned estate on Lewis, Loch Seaforth Community Trust – £198,500 for machair restoration</li></ul>`)
	if got := awardList(r); got != "Loch Seaforth Community Trust 198500" {
		t.Errorf("awards %q", got)
	}
}

// TestLeadPartnerInBrackets: a table's "Black Country Heat Network
// Consortium (lead partner: Dudley Community Energy)" names the lead.
func TestLeadPartnerInBrackets(t *testing.T) {
	r := parseHTML(t, `<p>Three projects share £410,000 from the Heat Network Fund.</p><table><tr><th>Lead organisation</th><th>Partners</th><th>Project</th><th>Grant offered (£000)</th></tr><tr><td>Black Country Heat Network Consortium (lead partner: Dudley Community Energy)</td><td>Sandwell Council</td><td>Heat study</td><td>135.00</td></tr></table>`)
	if got := awardList(r); got != "Dudley Community Energy 135000" {
		t.Errorf("awards %q", got)
	}
}

// TestStoriesHeadedByTheirFunds: on a page of stories whose headings each
// open with a different fund, a story's round and budget are its own
// fund's; "phase 2 of its new building" is a grantee's phase, no round.
func TestStoriesHeadedByTheirFunds(t *testing.T) {
	r := parseHTML(t, `<h2>Early Learning Equity Fund: November decisions</h2><p>Twelve early learning services will share $1.14 million from the Early Learning Equity Fund. The largest grant is $148,000 to Te Puna Reo o Ōtaki for phase 2 of its new building.</p>
<h2>Rural Schools Innovation Fund: round 2 now open</h2><p>Schools can apply for up to $60,000. $2 million is available in this round. In round 1, 31 schools received $1.65 million.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		n := 0
		if rd.Round != nil {
			n = *rd.Round
		}
		got = append(got, rd.Fund+" "+strconv.Itoa(n)+" "+strconv.FormatInt(*rd.Total, 10))
	}
	if strings.Join(got, "|") != "Early Learning Equity Fund 0 1140000|Rural Schools Innovation Fund 1 1650000" {
		t.Errorf("rounds %q", got)
	}
	if !ownPhase(" 2 of its new building") || ownPhase(" 2 of the Towns Fund") {
		t.Error("ownPhase")
	}
}

// TestTheBudgetForYearOfFundJustNamed: "The budget for 2028/29 is
// £200,000" two sentences after the grants are named is their budget.
func TestTheBudgetForYearOfFundJustNamed(t *testing.T) {
	r := parseHTML(t, `<h1>Healthy Plymouth Community Grants: round 2 decisions</h1><p>Healthy Plymouth Community Grants help voluntary and community groups run activities. The grants are funded from the council’s public health grant. The budget for 2028/29 is £200,000, shared across two rounds.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 200000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2028/29" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestFundingCountedGroupWith: "X is funding five clinicians and
// researchers with a total of £1,034,750" is a batch of five; "Round
// Three of the Active Villages Fund" counts nothing.
func TestFundingCountedGroupWith(t *testing.T) {
	r := parseHTML(t, `<p>Marigold Hospice Research Trust is funding five clinicians and researchers with a total of £1,034,750 in its 2028 round of Palliative Care Research Awards.</p>`)
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 1034750 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 5 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if n := countedGroup("round three of the active villages fund has now been decided, with"); n != 0 {
		t.Errorf("countedGroup %d", n)
	}
}

// TestCountedGroupAfterClause: "Creeks ... will be cleaner, with 26
// community, Landcare and catchment groups sharing $3.84 million in
// Round 6" is round 6's batch of 26; "a consortium led by X, with 3
// neighbouring trusts, is awarded £4.75 million" is X's award.
func TestCountedGroupAfterClause(t *testing.T) {
	r := parseHTML(t, `<p>Creeks, rivers and wetlands across Victoria will be cleaner, greener and better for wildlife, with 26 community, Landcare and catchment groups sharing $3.84 million in Round 6 of the Waterway Recovery Grants.</p><ul><li>a consortium led by Wrekin Valley Hospitals NHS Trust, with 3 neighbouring trusts, is awarded £4.75 million to build an imaging network</li></ul>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 26 || *r.Rounds[0].Total != 3840000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if got := awardList(r); got != "Wrekin Valley Hospitals NHS Trust 4750000" {
		t.Errorf("awards %q", got)
	}
}

// TestRoundWithoutTotalIsDropped: "Round 1 funded nine projects last
// summer" states no batch total, so it is no round to report; round two,
// with its total, is.
func TestRoundWithoutTotalIsDropped(t *testing.T) {
	r := parseHTML(t, `<p>The Victims Innovation Fund has awarded £2.4 million to 11 projects in its second round.</p><p>Round 1 funded nine projects last summer.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || r.Rounds[0].Total == nil {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestCallPhoneNumberIsNoRound: "call 13 HEALTH (13 43 25 84)" and "call
// 0800 555 218" number no call for funding; "Call 1 (2018/19) approved 7
// grants" and "Joint Call 3 received 212 proposals" do.
func TestCallPhoneNumberIsNoRound(t *testing.T) {
	for _, s := range []string{"for health advice 24 hours a day, call 13 health (13 43 25 84).", "to apply, call 0800 555 218 for £5,000 grants."} {
		if m := findRounds(s); len(m) != 0 {
			t.Errorf("%q: %+v", s, m)
		}
	}
	for _, s := range []string{"2.2 call 1 (2018/19) approved 7 grants totalling £3.02 million", "joint call 3 received 212 proposals and funded 31 projects with €39.5 million."} {
		if m := findRounds(s); len(m) != 1 || m[0].num == 0 {
			t.Errorf("%q: %+v", s, m)
		}
	}
}

// TestStatusAfterFigureInCell: a table cell "$20,000 - declined (b)" turns
// the row's grant down.
func TestStatusAfterFigureInCell(t *testing.T) {
	r := parseHTML(t, `<p>The committee approved these grants from the Catchment Care Fund:</p><table><tr><th>Applicant</th><th>Requested</th><th>Approved</th></tr><tr><td>Waipa Streamcare Trust</td><td>$24,000</td><td>$24,000</td></tr><tr><td>Otorohanga Wetland Society</td><td>$20,000</td><td>$20,000 - declined (b)</td></tr></table>`)
	if got := awardList(r); got != "Waipa Streamcare Trust 24000" {
		t.Errorf("awards %q", got)
	}
}

// TestPartOfACommitment: "£13 million available in 2028-29, as part of a
// commitment of at least £65 million" gives the year's budget and the
// whole commitment.
func TestPartOfACommitment(t *testing.T) {
	r := parseHTML(t, `<p>The Nature Networks Fund supports councils. The fund has £13 million available in 2028-29, as part of a commitment of at least £65 million over this parliamentary session.</p>`)
	if len(r.Limits) != 2 || r.Limits[1].Amount != 65000000 || r.Limits[1].Period != nil {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestThroughFigureInFund: "Students in 12 school districts will get
// faster access to counsellors through $9.25 million in Student Mental
// Health Capacity Grants" is the fund's batch.
func TestThroughFigureInFund(t *testing.T) {
	r := parseHTML(t, `<p>Students in 12 school districts will get faster access to counsellors through $9.25 million in Student Mental Health Capacity Grants.</p>`)
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 9250000 || r.Rounds[0].Fund != "Student Mental Health Capacity Grants" {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestPrivateOwnerIsNoRecipient: a table's "Private owner" names no one.
func TestPrivateOwnerIsNoRecipient(t *testing.T) {
	r := parseHTML(t, `<p>The Historic Places Repair Grant Scheme offered these grants:</p><table><tr><th>Site and works</th><th>Grant recipient</th><th>Grant offered (£000)</th></tr><tr><td>Former Sun Inn: roof</td><td>Private owner</td><td>64.0</td></tr><tr><td>St Mary’s Church: tower</td><td>St Mary’s Parochial Church Council</td><td>120.5</td></tr></table>`)
	if got := awardList(r); got != "St Mary’s Parochial Church Council 120500" {
		t.Errorf("awards %q", got)
	}
}

// TestFromFunderThenObject: "thanks to $3,946,500 from the province for
// 23 projects in the second intake of the X Fund" is round 2's batch:
// "from the province" is skipped, not everything up to "Fund".
func TestFromFunderThenObject(t *testing.T) {
	r := parseHTML(t, `<p>Rural communities will have better places to skate thanks to $3,946,500 from the province for 23 projects in the second intake of the Rural Recreation Infrastructure Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || *r.Rounds[0].Total != 3946500 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestOrganiserColumnNamesWho: in "Event | Organiser | Region | Funding",
// the organiser gets the money, not the event.
func TestOrganiserColumnNamesWho(t *testing.T) {
	r := parseHTML(t, `<p>The Regional Events Fund supports these events:</p><table><tr><th>Event</th><th>Organiser</th><th>Region</th><th>Funding ($000)</th></tr><tr><td>Hokitika Greenstone Trail Run</td><td>Westland Sports Trust</td><td>West Coast</td><td>92.5</td></tr></table>`)
	if got := awardList(r); got != "Westland Sports Trust 92500" {
		t.Errorf("awards %q", got)
	}
}

// TestProjectRecordFields: a project's record, "Lead partner: Syndicat
// mixte des Marais de l’Ouest (France)", "Total budget: €2,593,000", "EU
// co-financing: €1,945,000", gives the lead the co-financing; the total
// budget is the project's, not the programme's.
func TestProjectRecordFields(t *testing.T) {
	r := parseHTML(t, `<p>The Celtic Seas Cooperation Programme has approved two projects.</p><h3>SALTMARSH+ – Restoring salt marshes</h3><dl><dt>Lead partner</dt><dd>Syndicat mixte des Marais de l’Ouest (France)</dd><dt>Total budget</dt><dd>€2,593,000</dd><dt>EU co-financing</dt><dd>€1,945,000</dd></dl><h3>BLUESKILLS – Offshore training</h3><dl><dt>Lead partner</dt><dd>Cork Harbour Skills Network CLG (Ireland)</dd><dt>Total budget</dt><dd>€2,200,000</dd><dt>EU co-financing</dt><dd>€1,650,000</dd></dl>`)
	if got := awardList(r); got != "Syndicat mixte des Marais de l’Ouest 1945000|Cork Harbour Skills Network CLG 1650000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestFollowingGroupsEachReceive: "The following groups each receive
// £3,000 ...:" over a list gives each listed group the figure, however
// many there are.
func TestFollowingGroupsEachReceive(t *testing.T) {
	r := parseHTML(t, `<p>The following groups each receive £3,000 for smaller projects:</p><ul><li>Bourne Community Speedwatch</li><li>Horncastle Youth Club</li><li>Crowland Rural Watch</li></ul>`)
	if got := awardList(r); got != "Bourne Community Speedwatch 3000|Horncastle Youth Club 3000|Crowland Rural Watch 3000" {
		t.Errorf("awards %q", got)
	}
}

// TestAwardHeldAtAndCampus: "The award will be held at the University of
// Exeter" names the host of the award just read; "based at the Penryn
// Campus in Cornwall" is a campus of the page's university.
func TestAwardHeldAtAndCampus(t *testing.T) {
	r, err := Parse(strings.NewReader(`<html><head><title>Research news | University of Exeter News</title></head><body><article><h1>Research news</h1>
<p>Dr Hannah Trevorrow, a coastal geographer based at the Penryn Campus in Cornwall, has been awarded a £1.45 million Coastal Resilience Fellowship.</p>
<p>Professor Rafael Ong, who joins Exeter from the University of Leeds in April, has received £1.31 million from the Discovery Research Awards. The award will be held at the University of Exeter.</p></article></body></html>`), Meta{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := recipients(r); got != "Hannah Trevorrow (University of Exeter)|Rafael Ong (University of Exeter)" {
		t.Errorf("recipients %q", got)
	}
}

// TestCountedAwardsBringSum: "Three new awards will bring £3.4 million to
// University of Exeter researchers" adds up awards told one by one, and
// is no award of its own.
func TestCountedAwardsBringSum(t *testing.T) {
	r := parseHTML(t, `<p>Three new awards will bring £3.4 million to University of Exeter researchers working on coasts.</p><p>The University of Exeter has been awarded £1.45 million by the Marine Alliance.</p>`)
	if got := awardList(r); got != "University of Exeter 1450000" {
		t.Errorf("awards %q", got)
	}
}

// TestPossessiveFigureWillPayAndYearlyPot: "Wells City Cricket Club’s
// £7,900 will pay for a practice net" is the club's grant; "The fund ...
// has £120,000 a year to give away" is its budget.
func TestPossessiveFigureWillPayAndYearlyPot(t *testing.T) {
	r := parseHTML(t, `<p>Twenty clubs shared £58,240 in the winter round of the Somerset Sport Fund.</p><p>The fund, run by Somerset Community Foundation, has £120,000 a year to give away.</p><p>Street Harriers received £4,500 to train leaders, while Wells City Cricket Club’s £7,900 will pay for a practice net.</p>`)
	if got := awardList(r); got != "Street Harriers 4500|Wells City Cricket Club 7900" {
		t.Errorf("awards %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 120000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestSpendItsGrant: on a page about a fund, "Glastonbury Canoe Club will
// spend its £4,800 on a trailer" is the club's grant; "The council will
// spend its £2m budget on roads" gives the council nothing.
func TestSpendItsGrant(t *testing.T) {
	r := parseHTML(t, `<p>Twenty clubs shared £58,240 in the winter round of the Somerset Sport Fund.</p><p>Glastonbury Canoe Club will spend its £4,800 on a trailer and four open canoes.</p><p>The council will spend its £2m budget on roads.</p>`)
	if got := awardList(r); got != "Glastonbury Canoe Club 4800" {
		t.Errorf("awards %q", got)
	}
}

// TestRepayableContributionIsALoan: "$750,000 repayable contribution" is
// a loan; "$480,000 non-repayable contribution" is a grant.
func TestRepayableContributionIsALoan(t *testing.T) {
	r := parseHTML(t, `<p>The Coastal Tourism Experiences Fund supports these projects:</p><ul><li>Fundy Coast Kayak Adventures Inc. – $480,000 non-repayable contribution to build a kayaking base.</li><li>Hopewell Rocks Lodge Ltd. – $750,000 repayable contribution to add 24 rooms.</li></ul>`)
	if got := awardList(r); got != "Fundy Coast Kayak Adventures Inc 480000" {
		t.Errorf("awards %q", got)
	}
}

// TestFigureInNamedRoundIsTheBatch: "the Queensland Government committed
// $14.75 million in Round Two of the Country Pools Renewal Program" is
// round 2's batch, not an award to "Round Two".
func TestFigureInNamedRoundIsTheBatch(t *testing.T) {
	r := parseHTML(t, `<p>Thirty-one country pools will stay open longer after the Queensland Government committed $14.75 million in Round Two of the Country Pools Renewal Program.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || *r.Rounds[0].Total != 14750000 {
		t.Errorf("awards %q rounds %+v", awardList(r), r.Rounds)
	}
}

// TestRoundGrantsIsNoFundName: "That Round Two grants totalling £214,500
// be made" names a round's grants, not a fund called "Round Two grants".
func TestRoundGrantsIsNoFundName(t *testing.T) {
	if h := findFunds("That Round Two grants totalling £214,500 be made to six groups"); len(h) != 0 {
		t.Errorf("funds %+v", h)
	}
	if h := findFunds("grants from the Community Led Housing Enabling Fund"); len(h) != 1 {
		t.Errorf("funds %+v", h)
	}
}

// TestGappedNameAfterComma: "Wearside Hospice receives £520,000 for
// en-suite rooms, Tynedale Hospice at Home £340,000 for a new base, and
// Coquet Valley Hospice £240,000" names three grantees, the verb
// understood after the first.
func TestGappedNameAfterComma(t *testing.T) {
	r := parseHTML(t, `<p>Three hospices will share £1.1 million from the Hospice Capital Grants Programme. Wearside Hospice receives £520,000 for en-suite rooms, Tynedale Hospice at Home £340,000 for a new base in Hexham, and Coquet Valley Hospice £240,000 to replace its heating system.</p>`)
	if got := awardList(r); got != "Wearside Hospice 520000|Tynedale Hospice at Home 340000|Coquet Valley Hospice 240000" {
		t.Errorf("awards %q", got)
	}
	if wholeName("for a new base") || !wholeName("Friends of the Earth") {
		t.Error("wholeName")
	}
}

// TestFundHasMoneyToHelp: "its Tech for Good Accelerator, which has £3
// million to help small charities" is the fund's budget.
func TestFundHasMoneyToHelp(t *testing.T) {
	r := parseHTML(t, `<p>The Catalyst Trust has opened its Tech for Good Accelerator, which has £3 million to help small charities build digital services.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 3000000 || r.Limits[0].Fund != "Tech for Good Accelerator" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestFundWillHave: "The Holiday Food and Activities Fund will have £4.2
// million in 2029-30" is the fund's budget for that year.
func TestFundWillHave(t *testing.T) {
	r := parseHTML(t, `<p>The Holiday Food and Activities Fund will have £4.2 million in 2029-30, the minister confirmed today.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 4200000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2029/30" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestDecisionRecordDefinitionList: a council decision record laid out as
// one definition list (no <article> or <main>) is the page's content,
// and a <dd> holding paragraphs and a list is read block by block.
func TestDecisionRecordDefinitionList(t *testing.T) {
	page := `<html><head><title>Decision - Community Housing Fund: Round Two | Shropshire Council</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li></ul></nav>
<div id="modgov"><h1>Decision details</h1><dl>
<dt>Decision Maker:</dt><dd>Portfolio Holder for Housing</dd>
<dt>Purpose:</dt><dd>To approve the second round of grants from the Community Housing Fund to community land trusts and cohousing groups preparing affordable housing schemes.</dd>
<dt>Decision:</dt><dd><p>That Round Two grants totalling £73,000 be made to two groups, as follows:</p><ul><li>Clun Valley Community Land Trust: £48,000 – feasibility work for eight homes</li><li>Much Wenlock Cohousing Group: £25,000 – legal set-up costs</li></ul></dd>
<dt>Reasons for the decision:</dt><dd>Community led schemes deliver homes that stay affordable in perpetuity in villages and market towns where the council has few sites of its own. Round One, decided in September 2028, awarded £131,000 to four groups.</dd>
<dt>Financial implications:</dt><dd>The Cabinet approved a budget of £1.2 million for the fund over three years (2027/28 to 2029/30).</dd>
</dl></div></body></html>`
	r := parsePage(t, page, Meta{})
	if got := awardList(r); got != "Clun Valley Community Land Trust 48000|Much Wenlock Cohousing Group 25000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 1200000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestOfWhichAllocatedForYear: "a budget of £1.2 million for the fund
// over three years, of which £400,000 is allocated for 2028/29" gives the
// whole and the year's part.
func TestOfWhichAllocatedForYear(t *testing.T) {
	r := parseHTML(t, `<p>The Community Housing Fund supports groups.</p><p>The Cabinet approved a budget of £1.2 million for the fund over three years (2027/28 to 2029/30), of which £400,000 is allocated for 2028/29.</p>`)
	if len(r.Limits) != 2 || r.Limits[1].Amount != 400000 || r.Limits[1].Period == nil || *r.Limits[1].Period != "2028/29" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestAdoptionInFundName: "the Care Technology Adoption Grant" and "the AI
// Adoption for SMEs competition" are funds;
// "Consideration and Approval of Grant Awards" is an agenda item.
func TestAdoptionInFundName(t *testing.T) {
	if h := findFunds("The Care Technology Adoption Grant helps councils buy care technology."); len(h) != 1 || h[0].name != "Care Technology Adoption Grant" {
		t.Errorf("funds %+v", h)
	}
	if h := findFunds("Item 6: Consideration and Approval of Grant Awards"); len(h) != 0 {
		t.Errorf("funds %+v", h)
	}
	// Adoption ends a name only as an agenda item's "Adoption of"
	if h := findFunds("Twelve firms have won a share of £3m in the AI Adoption for SMEs competition."); len(h) != 1 || h[0].name != "AI Adoption for SMEs competition" {
		t.Errorf("funds %+v", h)
	}
	if h := findFunds("Item 4: Adoption of Community Grants Scheme"); len(h) != 1 || h[0].name != "Community Grants Scheme" {
		t.Errorf("funds %+v", h)
	}
}

// TestHasMoneyInTheFund: "The council has £400,000 in the fund this year"
// is the fund's budget for the year.
func TestHasMoneyInTheFund(t *testing.T) {
	r := parsePage(t, `<html><head><meta property="article:published_time" content="2028-11-08"></head><body><article><p>Ten projects share £166,450 in the autumn round of the Young Barnsley Wellbeing Fund.</p><p>The council has £400,000 in the fund this year. Groups can apply for up to £40,000.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 1 || r.Limits[0].Amount != 400000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2028/29" {
		t.Errorf("limits %+v", r.Limits)
	}
	if !inTheFund("quick facts: the province is investing ", " in the fund in 2028-29") || inTheFund("the club is investing ", " in a new pavilion") {
		t.Error("inTheFund")
	}
}

// TestOfWhichCanBeSpent: "a budget of £60 million across 2028 to 2029 and
// 2029 to 2030, of which up to £24 million can be spent in 2028 to 2029"
// gives the year's part too ("spent" here tells the budget, not a cost).
func TestOfWhichCanBeSpent(t *testing.T) {
	r := parseHTML(t, `<p>The Local Road Safety Improvement Fund has a budget of £60 million across 2028 to 2029 and 2029 to 2030, of which up to £24 million can be spent in 2028 to 2029.</p>`)
	if len(r.Limits) != 2 || r.Limits[1].Amount != 24000000 || r.Limits[1].Period == nil || *r.Limits[1].Period != "2028/29" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestInterregProgrammeName: "Interreg Atlantic Shores" names an EU
// cross-border programme, the fund of its calls.
func TestInterregProgrammeName(t *testing.T) {
	r := parseHTML(t, `<p>Meeting in Santiago on 18 October, the Monitoring Committee of Interreg Atlantic Shores approved nine projects worth €25.6 million in EU funding in the programme's first call.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Interreg Atlantic Shores" || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestHedgedHeadlineOfBodyAward: "Cleveland Police lands almost £2m" over
// "Cleveland Police has been awarded £1.75 million" is one award, at the
// body's figure.
func TestHedgedHeadlineOfBodyAward(t *testing.T) {
	r := parseHTML(t, `<h1>Cleveland Police lands almost £2m to target knife crime hotspots</h1><p>Cleveland Police has been awarded £1.75 million to target the streets where knife crime is most concentrated.</p>`)
	if got := awardList(r); got != "Cleveland Police 1750000" {
		t.Errorf("awards %q", got)
	}
}

// TestLabelWithRelativeClause: "Greater Manchester Combined Authority,
// which exercises police and crime commissioner functions in Greater
// Manchester, £2.35 million, for patrols" names the authority; a clause
// of the item before ("which will install a lift and new toilets, Y
// (£245,000)") does not swallow the next name.
func TestLabelWithRelativeClause(t *testing.T) {
	r := parseHTML(t, `<p>Allocations in this round include:</p><ul><li>Greater Manchester Combined Authority, which exercises police and crime commissioner functions in Greater Manchester, £2.35 million, for patrols on 30 estates;</li></ul><p>They include Glenmornan Community Association (£310,000), which will install a lift and new toilets, Ballyreagh Village Hall Committee (£245,000) for a new roof.</p>`)
	if got := awardList(r); got != "Greater Manchester Combined Authority 2350000|Glenmornan Community Association 310000|Ballyreagh Village Hall Committee 245000" {
		t.Errorf("awards %q", got)
	}
}

// TestRoundDeliveredTotal: "Round 1 delivered $21.6 million for 11
// councils" is round 1's total, told in a quote.
func TestRoundDeliveredTotal(t *testing.T) {
	r := parseHTML(t, `<p>Twelve councils share $30 million in Round 2 of the Regional Council Housing Support Program.</p><p>“Round 1 delivered $21.6 million for 11 councils, and this round builds on that.”</p>`)
	if len(r.Rounds) != 2 || r.Rounds[1].Round == nil || *r.Rounds[1].Round != 1 || *r.Rounds[1].Total != 21600000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestOneOfBatchInWhichInvesting: "The award is one of nine Coastal
// Resilience Fellowships announced this week, in which the Alliance is
// investing £11.2 million" is the batch of nine's total.
func TestOneOfBatchInWhichInvesting(t *testing.T) {
	r := parseHTML(t, `<p>The award is one of nine Coastal Resilience Fellowships announced this week, in which the Alliance is investing £11.2 million.</p>`)
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 11200000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 9 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestTotalThenParts: "X – $1.05 million in total: a $400,000
// non-repayable contribution for ... and a $650,000 repayable
// contribution for ..." gives X the grant part; the total and the loan
// are no awards.
func TestTotalThenParts(t *testing.T) {
	r := parseHTML(t, `<p>The Coastal Tourism Experiences Fund supports these projects:</p><ul><li>Miramichi Salmon Discovery Centre Inc. – $1.05 million in total: a $400,000 non-repayable contribution for interactive exhibits and a $650,000 repayable contribution for a new visitor building.</li></ul>`)
	if got := awardList(r); got != "Miramichi Salmon Discovery Centre Inc 400000" {
		t.Errorf("awards %q", got)
	}
}

// TestAgencyForTheFund: "provided $45 million over three years to ACOA
// for the Coastal Tourism Experiences Fund" is the fund's budget, and the
// fund is not "ACOA for the ...".
func TestAgencyForTheFund(t *testing.T) {
	r := parseHTML(t, `<p>Budget 2028 provided $45 million over three years to ACOA for the Coastal Tourism Experiences Fund.</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "Coastal Tourism Experiences Fund" || len(r.Limits) != 1 || r.Limits[0].Amount != 45000000 {
		t.Errorf("funds %q limits %+v", r.Funds, r.Limits)
	}
}

// TestOfferedThenDeclined: "X was offered £450,000 in this round but has
// declined its allocation" is no award.
func TestOfferedThenDeclined(t *testing.T) {
	r := parseHTML(t, `<p>Hartley Town Council receives £120,000 from the Libraries Renewal Fund.</p><p>Rotherham Metropolitan Borough Council was offered £450,000 in this round but has declined its allocation so that it can join a wider scheme.</p>`)
	if got := awardList(r); got != "Hartley Town Council 120000" {
		t.Errorf("awards %q", got)
	}
}

// TestNamedLoan: "a £1.2 million Innovation Loan" is a loan however its
// name is capitalised; "Affordable loans outreach worker" is a post.
func TestNamedLoan(t *testing.T) {
	r := parseHTML(t, `<p>Separately, Pennine Dairy Co-operative Ltd has been offered a £1.2 million Innovation Loan to scale up its process.</p><ul><li>Brindle Street Credit Union: £12,000 for an affordable loans outreach worker</li></ul>`)
	if got := awardList(r); got != "Brindle Street Credit Union 12000" {
		t.Errorf("awards %q", got)
	}
}

// roundList lists the rounds as "total/projects", joined by "|", with
// "-" for a count not found.
func roundList(r *Result) string {
	var got []string
	for _, rd := range r.Rounds {
		p := "-"
		if rd.Projects != nil {
			p = strconv.Itoa(*rd.Projects)
		}
		got = append(got, strconv.FormatInt(*rd.Total, 10)+"/"+p)
	}
	return strings.Join(got, "|")
}

// TestMonthBatches: unnumbered batches of a fund dated to different
// months are different rounds, recapped or not: "Previous allocations
// were £61,200 to 14 groups in October 2028 and £39,900 to 9 groups in
// December 2028" beside the February batch.
func TestMonthBatches(t *testing.T) {
	r := parseHTML(t, `<p>The Winter Warmth Fund budget for this year is £150,000. Previous allocations this year were £61,200 to 14 groups in October 2028 and £39,900 to 9 groups in December 2028.</p><p>In February the panel agreed grants totalling £46,380 to 11 organisations from the Winter Warmth Fund.</p>`)
	if got := roundList(r); got != "61200/14|39900/9|46380/11" {
		t.Errorf("rounds %q", got)
	}
	// one month named on a page whose title names none is the page's
	// one batch, however its figures differ
	r = parseHTML(t, `<h1>Almost £4 million for seven heritage projects</h1><p>Seven projects have been awarded a total of £3,918,400 through the Heritage Grants in our January decisions.</p>`)
	if len(r.Rounds) != 1 {
		t.Errorf("rounds %q", roundList(r))
	}
}

// TestCountedBodies: "12 community organisations will share £4.8m" is a
// round of 12; a count told with another total is not this round's.
func TestCountedBodies(t *testing.T) {
	r := parseHTML(t, `<p>Twelve community organisations will share £4.8m from this year’s Neighbourhood Guardians Fund.</p><p>The fund opened in 2024. Since then it has invested £11.6m in 41 organisations.</p>`)
	if got := roundList(r); got != "4800000/12" {
		t.Errorf("rounds %q", got)
	}
}

// TestGlossedFieldLabel: "EU funding (ERDF): €2,340,000" is the grant
// field, its label glossed in brackets.
func TestGlossedFieldLabel(t *testing.T) {
	r := parseHTML(t, `<p>The Coastal Heartlands programme approved two projects.</p><h3>PORTHEAT – Waste heat</h3><dl><dt>Lead partner</dt><dd>Havnens Energiselskab A/S (DK)</dd><dt>Total eligible budget</dt><dd>€3,120,000</dd><dt>EU funding (ERDF)</dt><dd>€2,340,000</dd></dl><h3>SALT – Saltmarsh</h3><dl><dt>Lead partner</dt><dd>Waddenkust Natuurnetwerk (NL)</dd><dt>Total eligible budget</dt><dd>€2,500,800</dd><dt>EU funding (ERDF)</dt><dd>€1,875,600</dd></dl>`)
	if got := awardList(r); got != "Havnens Energiselskab A/S 2340000|Waddenkust Natuurnetwerk 1875600" {
		t.Errorf("awards %q", got)
	}
}

// TestEUFundColumn: "Total budget | ERDF": the column named for the EU
// fund holds the grants.
func TestEUFundColumn(t *testing.T) {
	r := parseHTML(t, `<p>The programme approved two projects in call 2.</p><table><tr><th>Project</th><th>Lead partner</th><th>Total budget</th><th>ERDF</th></tr><tr><td>DELTAHEAT</td><td>Provincie Zeeland</td><td>€3,120,000</td><td>€2,340,000</td></tr><tr><td>SEDIMOVE</td><td>Deltares</td><td>€2,860,500</td><td>€2,145,375</td></tr></table>`)
	if got := awardList(r); got != "Provincie Zeeland 2340000|Deltares 2145375" {
		t.Errorf("awards %q", got)
	}
}

// TestApprovedProjectsWith: "approved 11 projects in the third call,
// with €18.4 million of EU funding" is the call's total, and "and the
// second call 9 projects with €12.75 million" another, its verb left out.
func TestApprovedProjectsWith(t *testing.T) {
	r := parseHTML(t, `<p>The committee approved 11 projects in the third call for proposals, with €18.4 million of EU funding.</p><p>The first call approved 14 projects with €21.2 million, and the second call 9 projects with €12.75 million.</p>`)
	if got := roundList(r); got != "18400000/11|12750000/9|21200000/14" {
		t.Errorf("rounds %q", got)
	}
}

// TestEUProgrammeOwnsItsFunding: an Interreg programme's calls are its
// own, though the money is "of EU funding from the European Regional
// Development Fund"; "from the ERDF through the programme" keeps the fund.
func TestEUProgrammeOwnsItsFunding(t *testing.T) {
	r := parseHTML(t, `<h1>Interreg Coastal Heartlands: third call results</h1><p>The Monitoring Committee approved 11 projects in the third call, with €18.4 million of EU funding from the European Regional Development Fund (ERDF).</p><p>Interreg Coastal Heartlands has €96 million of ERDF for 2028–2034.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Interreg Coastal Heartlands" || len(r.Limits) != 1 || r.Limits[0].Fund != "Interreg Coastal Heartlands" {
		t.Errorf("rounds %+v limits %+v", r.Rounds, r.Limits)
	}
	r = parseHTML(t, `<p>The Harbour Link project has been awarded €3.48 million from the European Regional Development Fund through the Interreg North Sea programme. The partnership is led by Scheldemond Port Authority.</p>`)
	if len(r.Awards) != 1 || r.Awards[0].Fund != "European Regional Development Fund" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// TestJulyFinancialYear: on an Australian or New Zealand page "this
// financial year" in April 2029 is 2028–29, whose year began in July; on
// a UK page it is 2029/30.
func TestJulyFinancialYear(t *testing.T) {
	for _, c := range []struct{ url, body, want string }{
		{"https://www.premiers.qld.gov.au/news/lights", `<p>$8 million is available from the Regional Sports Lighting Fund this financial year.</p>`, "2028/29"},
		{"https://www.beehive.govt.nz/release/wellbeing", `<p>The Community Wellbeing Fund has $180,000 to allocate this financial year.</p>`, "2028/29"},
		{"https://www.gov.uk/government/news/lights", `<p>£8 million is available from the Sports Lighting Fund this financial year.</p>`, "2029/30"},
	} {
		r := parsePage(t, "<html><head><title>News</title></head><body><article>"+c.body+"</article></body></html>", Meta{URL: c.url, FetchedAt: time.Date(2029, 4, 12, 0, 0, 0, 0, time.UTC)})
		if len(r.Limits) != 1 || r.Limits[0].Period == nil || *r.Limits[0].Period != c.want {
			t.Errorf("%s: limits %+v, want period %s", c.url, r.Limits, c.want)
		}
	}
}

// TestLatestRoundAfterRecap: "The first round, in autumn 2028, shared
// £42,000 between 12 groups" on a 2029 page is a recap, and "the latest
// round" of a fund whose first round is recapped is its second.
func TestLatestRoundAfterRecap(t *testing.T) {
	r := parseHTML(t, `<p>Published 10 April 2029</p><p>Ten groups have shared £38,650 in the latest round of the Small Sparks Fund. The first round, in autumn 2028, shared £42,000 between 12 groups.</p>`)
	if got := roundList(r); got != "38650/10|42000/12" || *r.Rounds[0].Round != 2 || *r.Rounds[1].Round != 1 || !r.Rounds[1].Recap {
		t.Errorf("rounds %q %+v", got, r.Rounds)
	}
}

// TestRecapOfRoundJustNamed: on a page of several stories, "The first
// round, in 2024, supported two operators with £1.9m" is an earlier round
// of the fund whose round the story named, not the page's first fund.
func TestRecapOfRoundJustNamed(t *testing.T) {
	r := parseHTML(t, `<p>Published 3 March 2026</p><h2>E-bike hire</h2><p>Four councils share £2m from the Cycle Hire Growth Fund.</p><h2>Coaches</h2><p>Transport Scotland has awarded £3.2m to three coach operators in the second round of its Coach Decarbonisation Challenge.</p><p>The first round, in 2024, supported two operators with £1.9m.</p>`)
	for _, rd := range r.Rounds {
		if *rd.Total == 1900000 && (rd.Fund != "Coach Decarbonisation Challenge" || rd.Round == nil || *rd.Round != 1) {
			t.Errorf("round %+v", rd)
		}
	}
	if len(r.Rounds) != 3 {
		t.Errorf("rounds %q", roundList(r))
	}
}

// TestCountStopsAtDate: "announced on 7 February 2023, twelve
// partnerships were awarded" counts twelve, not 7.
func TestCountStopsAtDate(t *testing.T) {
	r := parseHTML(t, `<p>In the second round, announced on 7 February 2023, twelve partnerships were awarded a total of £15.75 million.</p>`)
	if got := roundList(r); got != "15750000/12" {
		t.Errorf("rounds %q", got)
	}
}

// TestRoundsInOrder: "The fund’s first and second bidding rounds ...
// awarded £18.2 million to 22 projects and £31.5 million to 37 projects"
// gives each round named its figure, in order, without "respectively".
func TestRoundsInOrder(t *testing.T) {
	r := parseHTML(t, `<p>The third round of the Heat Networks Fund awards £26m to 31 projects.</p><p>The fund’s first and second bidding rounds, in 2027 and 2028, awarded £18.2 million to 22 projects and £31.5 million to 37 projects.</p>`)
	want := map[int64]int{26000000: 3, 18200000: 1, 31500000: 2}
	for _, rd := range r.Rounds {
		if rd.Round == nil || want[*rd.Total] != *rd.Round {
			t.Errorf("round %+v", rd)
		}
	}
	if got := roundList(r); got != "26000000/31|31500000/37|18200000/22" {
		t.Errorf("rounds %q", got)
	}
}

// scopedLimits lists the limits as "scope:amount", joined by "|".
func scopedLimits(r *Result) string {
	var got []string
	for _, l := range r.Limits {
		got = append(got, l.Scope+":"+strconv.FormatInt(l.Amount, 10))
	}
	return strings.Join(got, "|")
}

// TestRemainsAvailableIsNoLimit: "£73.9 million remains available for
// future rounds" is what is left, not the fund's budget: a limit of
// scope "remaining", which the totals are not watched against.
func TestRemainsAvailableIsNoLimit(t *testing.T) {
	r := parseHTML(t, `<p>The £150m Community Heat Networks Fund has now committed £76 million, and £73.9 million remains available for future rounds.</p>`)
	if got := scopedLimits(r); got != "fund:150000000|remaining:73900000" {
		t.Errorf("limits %q", got)
	}
	r = parseHTML(t, `<p>The Connectivity Fund has held three rounds.</p><p>About C$19 million remains available, and the department expects to open a fourth intake in fiscal year 2027-28.</p>`)
	if got := scopedLimits(r); got != "remaining:19000000" || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("the year the rest is for: %+v", r.Limits)
	}
	r = parseHTML(t, `<p>The Rural Community Fund awarded £71,420 to 9 projects.</p><p>A further £75,000 remains available in 2026/27 for a fourth round.</p>`)
	if got := scopedLimits(r); got != "remaining:75000" || *r.Limits[0].Period != "2026/27" || r.Limits[0].Fund != "Rural Community Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestEachFigureItsRoundsFund: "£14.2 million in phase 2 of the
// Brownfield Homes Fund, ... while ... £486,000 in the fourth funding
// round of the Creative Places Fund": each figure is its own round's,
// of the fund that round names.
func TestEachFigureItsRoundsFund(t *testing.T) {
	r := parseHTML(t, `<p>Eight housing schemes will receive £14.2 million in phase 2 of the Brownfield Homes Fund, the Mayor announced today, while 11 arts organisations will share £486,000 in the fourth funding round of the Creative Places Fund.</p><p>Phase 1, in 2019, gave £11.8 million to six schemes.</p>`)
	want := map[int64]string{14200000: "Brownfield Homes Fund 2", 486000: "Creative Places Fund 4", 11800000: "Brownfield Homes Fund 1"}
	for _, rd := range r.Rounds {
		if rd.Round == nil || want[*rd.Total] != rd.Fund+" "+strconv.Itoa(*rd.Round) {
			t.Errorf("round %+v", rd)
		}
	}
	if len(r.Rounds) != 3 {
		t.Errorf("rounds %q", roundList(r))
	}
}

// TestWaveOfRound: "the first wave of round three" is round three's.
func TestWaveOfRound(t *testing.T) {
	r := parseHTML(t, `<p>The third round of the Temporary Accommodation Fund is worth £300 million over two years.</p><p>I can today confirm allocations to 11 councils in the first wave of round three, totalling £96.5 million.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 3 || *r.Rounds[0].Total != 96500000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestRoundOfProgrammesCompetition: "round 4 of the Farming Innovation
// Programme’s Large R&D Partnerships competition" is the programme's
// round; a headline's capitals after the fund ("... Fund Supports 13
// Projects") are not its name.
func TestRoundOfProgrammesCompetition(t *testing.T) {
	r := parseHTML(t, `<p>Eight projects have been awarded a share of £12.6 million in round 4 of the Farming Innovation Programme’s Large R&D Partnerships competition.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Farming Innovation Programme" {
		t.Errorf("rounds %+v", r.Rounds)
	}
	r = parseHTML(t, `<h2>Phase 2 of Community Power Catalyst Fund Supports 13 Projects</h2><p>Thirteen projects will share $6.8 million in phase 2 of the Community Power Catalyst Fund.</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "Community Power Catalyst Fund" {
		t.Errorf("funds %q", r.Funds)
	}
}

// TestCardPlaceFacts: a card's heading over "LGA: ..." and "Electorate:
// ..." lines over "$395,000 (ex GST)" names the grantee.
func TestCardPlaceFacts(t *testing.T) {
	r := parseHTML(t, `<p>Twenty-three projects will share $6.2 million in Round Five of the Active Regions Facilities Fund.</p><div class="card"><h3>Kirwan Swimming Club Inc</h3><ul><li>LGA: Townsville City Council</li><li>Electorate: Thuringowa</li></ul><p>$182,000 (ex GST)</p><p>Pool shade structures</p></div>`)
	if got := awardList(r); got != "Kirwan Swimming Club Inc 182000" {
		t.Errorf("awards %q", got)
	}
}

// TestStoryListPage: a news page of stories, each an <article> whose
// heading links to the story, is read whole and story by story: the
// first story's fund is not the second's.
func TestStoryListPage(t *testing.T) {
	story := func(title, body string) string {
		return `<article class="feed-item"><h2><a href="/news/` + strconv.Itoa(len(title)) + `">` + title + `</a></h2><p class="byline">By Ellie Prowse · 20 March 2029</p><p>` + body + `</p></article>`
	}
	page := `<html><head><title>Local news</title></head><body><main class="feed"><h1>Local news</h1>` +
		story("Play park grant for Winterbourne Abbas", "Winterbourne Abbas Parish Council has been awarded £48,500 from Dorset Council’s Playing Field Improvement Fund to replace the village’s play equipment, which was closed on safety grounds last summer.") +
		story("Seven arts groups share £210,000", "Seven arts groups across the county will share £210,000 in round two of the Dorset Creative Communities Fund. Bridport Youth Dance Company gets £45,000 for a year of free classes.</p><p>In round one, last October, nine groups shared £185,000.") +
		story("Hall roof repaired", "Chideock Village Hall has received £12,000 from the Community Buildings Fund to mend its roof before the winter, the hall committee said on Tuesday.") +
		`</main></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/news"})
	if got := awardList(r); got != "Winterbourne Abbas Parish Council 48500|Bridport Youth Dance Company 45000|Chideock Village Hall 12000" {
		t.Errorf("awards %q", got)
	}
	for _, rd := range r.Rounds {
		if rd.Fund != "Dorset Creative Communities Fund" {
			t.Errorf("round %+v", rd)
		}
	}
	if len(r.Rounds) != 2 {
		t.Errorf("rounds %q", roundList(r))
	}
}

// TestLiveBlogPostsAreOneStory: a live blog's posts (headings that link
// nowhere) are one story under its summary, whose fund they share.
func TestLiveBlogPostsAreOneStory(t *testing.T) {
	post := func(h, body string) string {
		return `<article class="live-post"><time>15:40</time><h3>` + h + `</h3><p>` + body + `</p></article>`
	}
	page := `<html><head><title>Live: towns learn their share</title></head><body><main><h1>Live: towns learn their share of the Tyne Valley Towns Fund</h1><div class="summary"><h2>Key points</h2><ul><li>Seven towns share £11.2m in the first round of the Tyne Valley Towns Fund</li></ul></div><section>` +
		post("Allendale", "Allendale Forge Studios gets £3.3m, the biggest award of the day, to turn the old forge into workshops and a gallery for local makers, with a café and a shop for their work.") +
		post("Hexham", "Hexham Abbey Quarter Partnership receives £2m to restore the abbey’s outbuildings as a visitor centre and community rooms, with work due to start next spring.") +
		post("Your questions", "Readers have asked when the second round opens. The council says it will say more in the spring, once this round’s grants are signed and the first projects have started on site.") +
		`</section></main></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/live"})
	if got := awardList(r); got != "Allendale Forge Studios 3300000|Hexham Abbey Quarter Partnership 2000000" {
		t.Errorf("awards %q", got)
	}
	for _, aw := range r.Awards {
		if aw.Fund != "Tyne Valley Towns Fund" {
			t.Errorf("award %+v", aw)
		}
	}
	if got := roundList(r); got != "11200000/7" {
		t.Errorf("rounds %q (the summary is part of the story)", got)
	}
}

// TestProjectHeadingGrantee: "Glass cone kiln, Sunderland – £435,900"
// over "Sunderland Glass Heritage CIC will restore ..." gives the CIC the
// heading's figure; "A joint bid by X and Y, led by X" gives X.
func TestProjectHeadingGrantee(t *testing.T) {
	r := parseHTML(t, `<p>Seven places share £7.9 million from Heritage Landmarks Grants.</p><h3>Glass cone kiln, Sunderland – £435,900</h3><p>Sunderland Glass Heritage CIC will restore a Victorian cone kiln and run glassmaking workshops.</p><h3>Ribble valley wetlands, Lancashire – £1.85m</h3><p>A joint bid by Lancashire Wildlife Trust and Ribble Rivers Trust, led by Lancashire Wildlife Trust, will restore 140 hectares of wetland.</p><h3>Old mill, Bury – £20,000</h3><p>The mill closed in 1970 and was later used as a warehouse.</p>`)
	if got := awardList(r); got != "Sunderland Glass Heritage CIC 435900|Lancashire Wildlife Trust 1850000" {
		t.Errorf("awards %q", got)
	}
}

// TestEachOfList: "Each of A, B and C will receive $300,000" is an award
// to each.
func TestEachOfList(t *testing.T) {
	r := parseHTML(t, `<p>Each of Douglas Shire Council, Cassowary Coast Regional Council and Hinchinbrook Shire Council will receive $300,000 from the Cyclone Fund.</p>`)
	if got := recipients(r); got != "Douglas Shire Council|Cassowary Coast Regional Council|Hinchinbrook Shire Council" {
		t.Errorf("recipients %q", got)
	}
}

// TestTheRoleForAPlace: "the downtown organization for Brattleboro, the
// Downtown Brattleboro Alliance" is the Alliance, described by its role.
func TestTheRoleForAPlace(t *testing.T) {
	r := parseHTML(t, `<ul><li>The downtown organization for Brattleboro, the Downtown Brattleboro Alliance: $312,000 for flood barriers</li></ul><p>The Minister announced a $980,000 grant to the post-settlement governance entity for Ngāti Pāhauwera, Ngāti Pāhauwera Development Trust, for rainwater tanks.</p>`)
	if got := awardList(r); got != "Downtown Brattleboro Alliance 312000|Ngāti Pāhauwera Development Trust 980000" {
		t.Errorf("awards %q", got)
	}
}

// TestIdentityLedDescription: "An Indigenous-led tourism organization on
// Prince Edward Island, Epekwitk Trails Society" is the Society: the
// "-led" word describes, it names no lead.
func TestIdentityLedDescription(t *testing.T) {
	r := parseHTML(t, `<ul><li>An Indigenous-led tourism organization on Prince Edward Island, Epekwitk Trails Society: $820,000 for a trail centre</li></ul>`)
	if got := awardList(r); got != "Epekwitk Trails Society 820000" {
		t.Errorf("awards %q", got)
	}
}

// TestRequestedThenAwarded: under a grantee's heading, "Requested:
// £45,000 Awarded: £38,500" is an award of £38,500.
func TestRequestedThenAwarded(t *testing.T) {
	r := parseHTML(t, `<p>Our grants budget is £1.6 million.</p><h2>Ashby Older People’s Forum</h2><p><strong>Requested:</strong> £45,000 &nbsp; <strong>Awarded:</strong> £38,500 over two years</p><p>A network of lunch clubs.</p>`)
	if got := awardList(r); got != "Ashby Older People’s Forum 38500" {
		t.Errorf("awards %q", got)
	}
}

// TestCardFigureUnderProjectTitle: a card's bare figure under its
// project's title goes to the grantee the card's text names, described
// first: "The volunteer-run steam museum in Elton, Northern Mill Engine
// Society, will restore ...".
func TestCardFigureUnderProjectTitle(t *testing.T) {
	r := parseHTML(t, `<p>Fourteen projects share £1.2m from the Heritage in Common Fund.</p><div class="card"><p>Bury</p><h3>Engine house revival</h3><p>£86,400</p><p>The volunteer-run steam museum in Elton, Northern Mill Engine Society, will restore a 1907 mill engine.</p></div>`)
	if got := awardList(r); got != "Northern Mill Engine Society 86400" {
		t.Errorf("awards %q", got)
	}
}

// TestRepayableContributionOf: "X receives a repayable contribution of
// $2,750,000", "approves a repayable contribution of £120,000 to X": a
// loan, not a grant.
func TestRepayableContributionOf(t *testing.T) {
	r := parseHTML(t, `<p>Hill Foods Inc. receives a repayable contribution of $2,750,000 to install a line.</p><p>The committee approves a repayable contribution of £120,000 to Pickering Station Yard Ltd, to be repaid over ten years.</p><p>It approves a grant of £20,000 to Pickering Town Band.</p>`)
	if got := awardList(r); got != "Pickering Town Band 20000" {
		t.Errorf("awards %q", got)
	}
}

// TestPlaceLabelThenGrantee: "Portage la Prairie: $62,300 to the Portage
// Multicultural Association" is the Association's: the label says where;
// "One award, £42,000 to X, has since been withdrawn" is none.
func TestPlaceLabelThenGrantee(t *testing.T) {
	r := parseHTML(t, `<p>Twelve groups share $500,000 from the Community Places Program.</p><ul><li>Portage la Prairie: $62,300 to the Portage Multicultural Association for a community hall roof</li><li>Brandon: $40,000 to Brandon Folk Club for a stage</li></ul><p>One Round 3 award, $42,000 to Dunbar Bowling Club, has since been withdrawn at the club’s request.</p>`)
	if got := awardList(r); got != "Portage Multicultural Association 62300|Brandon Folk Club 40000" {
		t.Errorf("awards %q", got)
	}
}

// TestFundSizeBeforeCosts: "The £40m Brownfield Homes Fund pays the extra
// costs of ..." is the fund's size, though costs follow.
func TestFundSizeBeforeCosts(t *testing.T) {
	r := parseHTML(t, `<p>The £40m Brownfield Homes Fund pays the extra costs of building on former industrial land.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 40000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestCardNeighborhoodLine: a card's heading over "Hillyard neighborhood"
// over "$24,500" names the grantee; a card marked "Declined" gives none.
func TestCardNeighborhoodLine(t *testing.T) {
	card := func(status, name, hood, amount string) string {
		return `<div class="grant-card"><span>` + status + `</span><h3>` + name + `</h3><p>` + hood + `</p><p>` + amount + `</p><p>Neighborhood match: $9,000 in volunteer labor</p></div>`
	}
	r := parseHTML(t, `<p>The City has awarded $186,400 to 10 neighborhood groups in the spring cycle of Neighborhood Spark Grants.</p>`+card("Awarded", "Hillyard Business &amp; Neighborhood Alliance", "Hillyard neighborhood", "$24,500")+card("Declined", "Latah Valley Trail Friends", "Latah/Hangman neighborhood", "$14,000"))
	if got := awardList(r); got != "Hillyard Business & Neighborhood Alliance 24500" {
		t.Errorf("awards %q", got)
	}
}

// TestLeadField: "Lead: Dr Hannah Okoye, consultant in emergency
// medicine, University Hospital Southampton NHS Foundation Trust" over
// "Award: £74,800" is the researcher's award at the trust; "Lead: Sister
// Grace Adeyemi, Portsmouth Hospitals University NHS Trust" the trust's.
func TestLeadField(t *testing.T) {
	r := parseHTML(t, `<p>The Research Committee has awarded £309,650 to seven projects.</p><dl><dt>Predicting sepsis from routine blood tests</dt><dd>Lead: Dr Hannah Okoye, consultant in emergency medicine, University Hospital Southampton NHS Foundation Trust</dd><dd>Award: £74,800 over two years</dd><dt>Falls on wards</dt><dd>Lead: Sister Grace Adeyemi, Portsmouth Hospitals University NHS Trust</dd><dd>Award: £95,000</dd></dl>`)
	if got := awardList(r); got != "Hannah Okoye (University Hospital Southampton NHS Foundation Trust) 74800|Portsmouth Hospitals University NHS Trust 95000" {
		t.Errorf("awards %q", got)
	}
}

// TestMonthInsideName: "The Salvation Army March Corps" (March, the town)
// is one name, and one list item the list cannot read does not end it.
func TestMonthInsideName(t *testing.T) {
	r := parseHTML(t, `<p>The following four community venues each receive £1,500 towards heating costs:</p><ul><li>Wisbech St Mary Village Hall</li><li>The Salvation Army March Corps</li><li>Whittlesey Baptist Church</li><li>Benwick Village Hall</li></ul>`)
	if got := recipients(r); got != "Wisbech St Mary Village Hall|Salvation Army March Corps|Whittlesey Baptist Church|Benwick Village Hall" {
		t.Errorf("recipients %q", got)
	}
}

// TestRequestedAside: "grants X $4,500 (requested $6,000) towards ..." is
// an award of $4,500; the sum asked for is the aside's.
func TestRequestedAside(t *testing.T) {
	r := parseHTML(t, `<p>That the panel:</p><ol><li>(a) grants Petone Rotary Club Trust $4,500 (requested $6,000) towards first-aid training for volunteers;</li><li>(b) grants Naenae Community Garden Society $8,200 towards a garden co-ordinator;</li></ol>`)
	if got := awardList(r); got != "Petone Rotary Club Trust 4500|Naenae Community Garden Society 8200" {
		t.Errorf("awards %q", got)
	}
}

// TestDescribedBodyThenName: "goes to a Blyth-based charity that supports
// young people leaving care, Blyth Stepping Stones, for mentoring" names
// the charity, though its name has no word for what it is.
func TestDescribedBodyThenName(t *testing.T) {
	r := parseHTML(t, `<p>More than £30,000 goes to a Blyth-based charity that supports young people leaving care, Blyth Stepping Stones, for mentoring and a drop-in.</p>`)
	if got := awardList(r); got != "Blyth Stepping Stones 30000" || r.Awards[0].Purpose != "mentoring and a drop-in" {
		t.Errorf("awards %q %+v", got, r.Awards)
	}
}

// TestCorrectedFigure: "we reported that X had been awarded £85,000 ...
// The correct figure is £58,000" is X's grant of £58,000; where the page
// states the corrected grant itself, that statement stands alone.
func TestCorrectedFigure(t *testing.T) {
	r := parseHTML(t, `<p>In our edition of 24 May we reported that Ulverston Canal Heritage Group had been awarded £85,000 from the Furness Heritage Fund to restore the lock gates. The correct figure is £58,000. We apologise for the error.</p>`)
	if got := awardList(r); got != "Ulverston Canal Heritage Group 58000" || r.Awards[0].Fund != "Furness Heritage Fund" {
		t.Errorf("awards %q %+v", got, r.Awards)
	}
	r = parseHTML(t, `<p>In our 14:20 update we reported that Prudhoe would receive £1.6m. The partnership board has since confirmed the figure is £1.85m.</p><p>Prudhoe Riverside Community Partnership will receive £1.85m for a new riverside park.</p>`)
	if got := awardList(r); got != "Prudhoe Riverside Community Partnership 1850000" {
		t.Errorf("awards %q", got)
	}
}

// TestFellWalks: "a charity that takes older people on gentle fell walks,
// Fellfoot Friends (£1,200 ...)" is a grant: "fell" is the hills here,
// while "income fell by £40,000" is no grant.
func TestFellWalks(t *testing.T) {
	r := parseHTML(t, `<p>Twelve groups share £18,400 from the Small Grants Scheme. They include Kendal Brass Band (£2,500 for music stands) and a charity that takes older people on gentle fell walks, Fellfoot Friends (£1,200 for a minibus hire fund).</p><p>The Fellside Trust said its income fell by £40,000 last year.</p>`)
	if got := awardList(r); got != "Kendal Brass Band 2500|Fellfoot Friends 1200" {
		t.Errorf("awards %q", got)
	}
}

// TestTeamOnHostsPage: "Dr Miriam Achterberg’s team has won £890,000" on
// a university's page is the researcher's award held there; "working with
// X, which will receive £780,000 of the award" is a partner's share.
func TestTeamOnHostsPage(t *testing.T) {
	page := `<html><head><title>Three major awards for Hull research | University of Hull</title></head><body><article><p>The University of Hull will lead a £2.4 million project to test flood defences, working with the University of Lincoln, which will receive £780,000 of the award.</p><p>Dr Miriam Achterberg’s team has won £890,000 over three years from the Heritage Futures Network Fund.</p></article></body></html>`
	r := parsePage(t, page, Meta{URL: "https://www.hull.ac.uk/news/awards"})
	if got := awardList(r); got != "University of Hull 2400000|Miriam Achterberg (University of Hull) 890000" {
		t.Errorf("awards %q", got)
	}
}

// TestIncreasedGrant: "To increase the grant to X from £6,000 to £8,000"
// makes the table's recommended £6,000 an award of £8,000.
func TestIncreasedGrant(t *testing.T) {
	r := parseHTML(t, `<ol><li>To approve the grants recommended in Appendix A.</li><li>To increase the grant to Blacon Community Larder from £6,000 to £8,000, the full amount requested, in view of the rise in demand.</li></ol><table><tr><th>Organisation</th><th>Requested (£)</th><th>Recommended (£)</th></tr><tr><td>Blacon Community Larder</td><td>8,000</td><td>6,000</td></tr><tr><td>Frodsham Men’s Shed</td><td>4,750</td><td>4,750</td></tr></table>`)
	if got := awardList(r); got != "Blacon Community Larder 8000|Frodsham Men’s Shed 4750" {
		t.Errorf("awards %q", got)
	}
}

// TestThisWaveTotal: "Grants in this wave total £3.46 million" is the
// wave's total; "A $5,500 grant to X was not taken up" is no award.
func TestThisWaveTotal(t *testing.T) {
	r := parseHTML(t, `<p>A chapel and a fire station are among 19 buildings that will be saved through wave 3 of the Shared Heritage Spaces Fund.</p><p>Grants in this wave total £3.46 million, thanks to National Lottery players.</p><p>A £5,500 grant to the Whanganui Rowing Association was not taken up, as the club has postponed its project.</p>`)
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 3460000 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 3 || len(r.Awards) != 0 {
		t.Errorf("rounds %q awards %q", roundList(r), awardList(r))
	}
}

// TestAwardedInTheCycle: "... with $1,842,600 awarded in the third
// funding cycle of X" is the cycle's exact total over the headline's
// rounded one; a card's "Sault Ste. Marie" line is a place line.
func TestAwardedInTheCycle(t *testing.T) {
	r := parseHTML(t, `<h1>26 small businesses share $1.84 million in third cycle of Main Street Storefront Program</h1><p>Small businesses in 19 Michigan downtowns will restore historic storefronts with $1,842,600 awarded in the third funding cycle of the Main Street Storefront Program.</p><ul><li class="award-card"><h3>Soo Locks Cyclery</h3><p>Sault Ste. Marie</p><p>$55,600</p><p>Storefront glazing.</p></li></ul>`)
	if got := roundList(r); got != "1842600/26" {
		t.Errorf("rounds %q", got)
	}
	if got := awardList(r); got != "Soo Locks Cyclery 55600" {
		t.Errorf("awards %q", got)
	}
}

// TestLeadByKind: "a joint bid by A and B County Council, with the
// council as lead bidder" names the council.
func TestLeadByKind(t *testing.T) {
	r := parseHTML(t, `<p>The Community Heat Networks Fund awards:</p><ul><li>up to £2,500,000 for the Hexham Riverside Heat partnership, a joint bid by Hexham Community Energy and Northumberland County Council, with the council as lead bidder, for a river-source heat pump</li></ul>`)
	if got := awardList(r); got != "Northumberland County Council 2500000" {
		t.Errorf("awards %q", got)
	}
}

// TestOfWhichForProgramme: "Our grants budget for 2029/30 is £1.6 million,
// of which £720,000 is for Living Well in Later Life" gives the programme
// a limit of £720,000 for 2029/30, and no award.
func TestOfWhichForProgramme(t *testing.T) {
	r := parseHTML(t, `<p>Grants go out under our Living Well in Later Life programme. Our grants budget for 2029/30 is £1.6 million, of which £720,000 is for Living Well in Later Life.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 720000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2029/30" || len(r.Awards) != 0 {
		t.Errorf("limits %+v awards %q", r.Limits, awardList(r))
	}
}

// TestUpFromLastBudget: "set aside £1.2m for its X in 2029/30, up from
// £900,000 this year" gives X a limit for each year.
func TestUpFromLastBudget(t *testing.T) {
	r := parseHTML(t, `<p>Published 19 March 2029</p><p>Dorset Council has set aside £1.2m for its Community Resilience Grants in 2029/30, up from £900,000 this year.</p>`)
	var got []string
	for _, l := range r.Limits {
		got = append(got, strconv.FormatInt(l.Amount, 10)+" "+*l.Period)
	}
	if strings.Join(got, "|") != "1200000 2029/30|900000 2028/29" {
		t.Errorf("limits %q", got)
	}
}

// TestEachCanReceiveUpTo: "Each community can receive up to £25,000" is
// a per-bid cap.
func TestEachCanReceiveUpTo(t *testing.T) {
	r := parseHTML(t, `<p>Parish councils have been allocated top-up funding from the Rural Broadband Fund.</p><p>Each community can receive up to £25,000. The fund has £1.5 million to allocate this year.</p>`)
	if len(r.Caps) != 1 || r.Caps[0].Amount != 25000 || len(r.Awards) != 0 {
		t.Errorf("caps %+v awards %q", r.Caps, awardList(r))
	}
}

// TestHedgedHeadlineLeavesHedgedBody: "Almost £8m" in the headline does
// not make the body's "more than £7.9 million" £8m: only an exact
// headline figure settles a hedged total.
func TestHedgedHeadlineLeavesHedgedBody(t *testing.T) {
	r := parseHTML(t, `<h1>Almost £8m for seven landmarks in the North of England</h1><p>A cliff lift and a kiln are among seven places sharing more than £7.9 million from our Heritage Landmarks Grants.</p>`)
	if got := roundList(r); got != "7900000/7" {
		t.Errorf("rounds %q", got)
	}
}

// TestGappedListAfterAnd: "X received £9,800 towards a new kitchen, Y
// £4,500 for new covers and Z £3,250 for play equipment": three awards,
// each with its own purpose; "the Arts and Humanities Research Council’s
// X Fund" names no grantee.
func TestGappedListAfterAnd(t *testing.T) {
	r := parseHTML(t, `<p>Slaidburn Village Hall received £9,800 towards a new kitchen, Bolton-by-Bowland Cricket Club £4,500 for new covers and Tosside Toddlers £3,250 for outdoor play equipment.</p><p>Dr Miriam Achterberg’s team has won £890,000 from the Arts and Humanities Research Council’s Heritage Futures Network Fund.</p>`)
	var got []string
	for _, aw := range r.Awards {
		got = append(got, aw.Recipient+": "+aw.Purpose)
	}
	if strings.Join(got, "|") != "Slaidburn Village Hall: new kitchen|Bolton-by-Bowland Cricket Club: new covers|Tosside Toddlers: outdoor play equipment|Miriam Achterberg: " {
		t.Errorf("awards %q", got)
	}
}

// TestSharedOutInGrants: "X has shared out £2,430 in three grants from
// its Community Chest: £750 to A, £1,200 to B and £480 to C" is a batch
// of three, and "and" is no purpose.
func TestSharedOutInGrants(t *testing.T) {
	r := parseHTML(t, `<p>Gisburn Forest Parish Council has shared out £2,430 in three grants from its Community Chest: £750 to Gisburn Playgroup, £1,200 to Rimington Bowling Club and £480 to the Gisburn Festival committee.</p>`)
	if got := roundList(r); got != "2430/3" {
		t.Errorf("rounds %q", got)
	}
	for _, aw := range r.Awards {
		if aw.Purpose == "and" {
			t.Errorf("award %+v", aw)
		}
	}
}

// TestGrantsAtThisMeetingTotal: "the six grants awarded at this meeting
// total £18,500" is the round's total.
func TestGrantsAtThisMeetingTotal(t *testing.T) {
	r := parseHTML(t, `<p>The Panel considered the eleven applications received in Round 2 of the Community Grants Scheme.</p><p>Members noted that the six grants awarded at this meeting total £18,500, leaving an uncommitted balance of £35,240.</p>`)
	if got := roundList(r); got != "18500/6" || *r.Rounds[0].Round != 2 {
		t.Errorf("rounds %q", got)
	}
}

// An applicant named in one sentence is whom the next sentence's bare
// offer, or its "they", gives to; a funder's bare figure with no
// applicant before it is no one's award.
func TestApplicantThenOffer(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Grants</h1><p>Ashdown Rowing Club applied in March for help to replace its boathouse roof. The panel has offered £48,000.</p><p>The Linton Players asked for support with a new lighting rig. They have now been given £4,000.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Ashdown Rowing Club 48000|Linton Players 4000" {
		t.Errorf("awards: %q", got)
	}
	r = parsePage(t, `<html><body><article><h1>Grants</h1><p>The roof of the boathouse leaks. The panel has offered £48,000.</p></article></body></html>`, Meta{})
	if len(r.Awards) != 0 {
		t.Errorf("no applicant: %+v", r.Awards)
	}
}

// A table whose only money columns are costs and sums asked for lists
// applications, not grants; the resolutions after it make the grants,
// and match funding a grant is subject to is not one.
func TestApplicationsTableAndMatchFunding(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Minutes</h1><p>Six applications had been received, as summarised in the table below.</p>
<table><tr><th>Applicant</th><th>Purpose</th><th>Total cost</th><th>Sum requested</th></tr>
<tr><td>Oakhurst in Bloom</td><td>Planters</td><td>£3,100</td><td>£2,750</td></tr>
<tr><td>Oakhurst Youth Football Club</td><td>Showers</td><td>£10,000</td><td>£4,000</td></tr></table>
<p>RESOLVED that a grant of £4,000 be awarded to Oakhurst Youth Football Club for new showers, subject to the club securing match funding of £6,000 from the county football association.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Oakhurst Youth Football Club 4000" {
		t.Errorf("awards: %q", got)
	}
}

// The value every award of a kind carries, stated once ("Each
// fellowship is worth £1.2 million"), goes to each holder listed after,
// named with a host whose name opens with its organisation word in
// another language ("Université de Saint-Olivier").
func TestPerAwardWorthList(t *testing.T) {
	list := `<p>The new fellows are:</p><ul><li><strong>Dr Émilie Charbonneau</strong>, Université de Saint-Olivier: batteries</li><li><strong>Dr Rajiv Menon</strong>, Universitet i Fjellvik – hydrogen</li></ul>`
	for _, lead := range []string{
		"Each fellowship is worth £1.2 million over five years and covers the fellow's salary.",
		"The fellowships are worth £1.2 million each.",
		"Each of the two awards is worth £1.2 million.",
		"The two fellowships, each worth £1.2 million, are announced today.",
	} {
		r := parsePage(t, "<html><body><article><h1>Fellows named</h1><p>"+lead+"</p>"+list+"</article></body></html>", Meta{})
		if got := awardList(r); got != "Émilie Charbonneau (Université de Saint-Olivier) 1200000|Rajiv Menon (Universitet i Fjellvik) 1200000" {
			t.Errorf("%s: %q", lead, got)
		}
	}
}

// A bracket after a figure that holds a figure of its own ("(provider
// match: $2,060,000)") speaks of that figure, not the one before it;
// Drupal's RDFa date (property="dc:date" content=...) is the page's.
func TestAsideFigureAndRDFaDate(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Grants</h1><span property="dc:date dc:created" content="2027-07-15T10:00:00-05:00">Submitted by comms on Thu, 07/15/2027 - 10:00</span><p>Round 4 awards:</p><ul><li>Ridgeback Telecom: $4,120,000 (provider match: $2,060,000) – fiber to 1,840 locations</li><li>Bluestem Electric Cooperative: $5,600,000 (provider match: $2,800,000) – fiber-to-the-home</li></ul></article></body></html>`, Meta{})
	if got := awardList(r); got != "Ridgeback Telecom 4120000|Bluestem Electric Cooperative 5600000" {
		t.Errorf("awards: %q", got)
	}
	r = parsePage(t, `<html><body><article><h1>Grants</h1><p><span property="dc:date" content="2027-07-15T10:00:00-05:00">Submitted by comms</span></p><p>Ridgeback Telecom receives $4,120,000.</p></article></body></html>`, Meta{})
	if r.Published != "2027-07-15" {
		t.Errorf("published: %q", r.Published)
	}
}

// "Each organization in the second cohort will receive $150,000" waits
// past a quote for the list of the organizations; a figure of its own
// in between ends the wait.
func TestEachWaitsForList(t *testing.T) {
	list := `<h2>The second cohort</h2><ul><li><strong>Hollow Creek Stewardship Council</strong> (Dunraven, Ont.) — restoring brook trout habitat</li><li><strong>Friends of the Mossback River</strong> (Kingsmere, Ont.) — removing two mill dams</li></ul>`
	quote := `<p>The accelerator is designed for small watershed groups. “Too many groups are one burnt-out volunteer away from closing,” said the chief executive. “We want them to come out the other side with a plan.”</p>`
	r := parsePage(t, `<html><body><article><h1>Meet the cohort</h1><p>Each organization in the accelerator’s second cohort will receive a $150,000 grant, paid over two years.</p>`+quote+list+`</article></body></html>`, Meta{})
	if got := awardList(r); got != "Hollow Creek Stewardship Council 150000|Friends of the Mossback River 150000" {
		t.Errorf("awards: %q", got)
	}
	r = parsePage(t, `<html><body><article><h1>Meet the cohort</h1><p>Each organization in the accelerator’s second cohort will receive a $150,000 grant, paid over two years.</p>`+quote+`<p>Last year the foundation gave $2 million in all.</p><p>Partners:</p>`+list+`</article></body></html>`, Meta{})
	if len(r.Awards) != 0 {
		t.Errorf("after a figure: %+v", r.Awards)
	}
}

// A PDF converted line by line (pdftohtml's absolutely placed <p>, a
// <br/> at each line's end) keeps its sentences whole; elsewhere a <br/>
// still ends a line.
func TestPDFLineWraps(t *testing.T) {
	r := parsePage(t, `<html><body><main><div id="page2-div" style="position:relative;width:892px;height:1263px;"><p style="position:absolute;top:140px;left:135px;white-space:nowrap" class="ft11">6.2&#160;&#160;Council&#160;APPROVED&#160;an&#160;award&#160;of&#160;4.8&#160;million&#160;pounds&#160;from&#160;the&#160;Strategic&#160;Capability&#160;Fund&#160;to<br/>the&#160;consortium&#160;led&#160;by&#160;the&#160;University&#160;of&#160;Westbrook&#160;to&#160;establish&#160;an&#160;observatory.</p></div></main></body></html>`, Meta{})
	if got := awardList(r); got != "University of Westbrook 4800000" {
		t.Errorf("awards: %q", got)
	}
	r = parsePage(t, `<html><body><main><p>Media Relations<br>Laurentide Research Foundation<br>514-555-0186</p></main></body></html>`, Meta{})
	if !strings.Contains(r.Text, "Media Relations\n\nLaurentide Research Foundation") {
		t.Errorf("text: %q", r.Text)
	}
}

// "the club" is the club named since the last grant, not that grant's
// recipient; a subject that does something "after a £1.5k grant" or
// "thanks to a £1,500 grant" holds the grant.
func TestTheClubSinceAndHelpedByGrant(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News in brief</h1><p>Wrexley Town Council has handed £2,000 to Wrexley in Bloom so the group can replace the 40 hanging baskets.</p><p>Members of Lodden Bowls Club voted last month to press ahead with replacing their ageing grass green. Their bid has now been approved, and the club will receive up to £20,000 towards the work.</p><p>Gorsey Lane Allotments is to get the town’s first composting toilet after a £1.5k grant from the Fenmoor Community Fund.</p><p>Kelby Scouts will reopen their hut thanks to a £900 award.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Wrexley in Bloom 2000|Lodden Bowls Club 20000|Gorsey Lane Allotments 1500|Kelby Scouts 900" {
		t.Errorf("awards: %q", got)
	}
}

// A grant to a subject that names no one ("a cross-border project on
// the lough", an "it" nothing names) waits for the sentence after: "The
// money goes to X", "X has been told its bid ... has been successful";
// "the hall" is the hall just named.
func TestUnnamedSubjectNamedAfter(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>A long-awaited community hub in Ballyderran is finally going ahead after it was awarded 4.8 million pounds.</p><p>Ballyderran Development Trust has been told its bid to the Community Hubs Capital Programme has been successful.</p><p>Separately, a cross-border project on the lough has been awarded €750,000 from the Shared Waters Programme.</p><p>The money goes to the Lough Fane Rowing Partnership, which brings together two clubs.</p><p>Volunteers who run Ellerby Village Hall say they can finally rip out the kitchen.</p><p>The hall has received £5,000 from the Local Roots Fund.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Ballyderran Development Trust 4800000|Lough Fane Rowing Partnership 750000|Ellerby Village Hall 5000" {
		t.Errorf("awards: %q", got)
	}
	r = parsePage(t, `<html><body><article><h1>News</h1><p>A cross-border project on the lough has been awarded €750,000.</p><p>The weather was fine.</p></article></body></html>`, Meta{})
	if len(r.Awards) != 0 {
		t.Errorf("no name after: %+v", r.Awards)
	}
}

// "will also give X £55,000" names X as the grantee like "gave X"; a
// negative word in another clause ("paid for out of council tax and has
// £40,000 available") says nothing of the figure.
func TestGiveIndirectAndOwnClause(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>Eleven groups will share £18,450 from the Hollinford Community Grants Scheme.</p><p>The scheme is paid for out of the town council’s share of council tax and has £40,000 available in 2026/27.</p><p>The council will also give Citizens Advice Marlbury £55,000 to employ two advisers.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Citizens Advice Marlbury 55000" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 40000 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// "fall" is a drop only before "in", "of", "by", "to" and the like: "in
// its fall 2026 intake" is the season.
func TestFallSeason(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Results</h1><p>Five projects will share $620,250 from the Watershed Resilience Fund in its fall 2026 intake.</p><p>Grants to arts groups will fall by $40,000 next year.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 620250 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// A fund's name given again in English right after another language's
// ("Cronfa Lleoedd Lleol, the Local Places Fund") is the name that
// stands for both, wherever the page uses either.
func TestTranslatedFundName(t *testing.T) {
	r := parsePage(t, `<html><head><title>£6.4 million through Cronfa Lleoedd Lleol</title></head><body><article><h1>£6.4 million through Cronfa Lleoedd Lleol</h1><p>Fourteen regeneration projects will share £6.4 million in the second round of Cronfa Lleoedd Lleol, the Local Places Fund, the Cabinet Secretary has announced.</p><p>Through Cronfa Lleoedd Lleol we are backing local people.</p></article></body></html>`, Meta{})
	if len(r.Funds) != 1 || r.Funds[0] != "Local Places Fund" || len(r.Rounds) != 1 || r.Rounds[0].Fund != "Local Places Fund" {
		t.Errorf("funds %v rounds %+v", r.Funds, r.Rounds)
	}
}

// What a fund has paid out "since it started" or "since the grant was
// introduced" is all its rounds so far, no one round.
func TestSinceItStartedCumulative(t *testing.T) {
	for _, p := range []string{
		"Since the grant was introduced in 2021-22 it has paid out £4.2 million to 63 community shops.",
		"Since it started in 2021 the fund has paid out a little under £1.1 million to more than 90 halls.",
	} {
		r := parsePage(t, "<html><body><article><h1>Consultation on the Village Halls Fund</h1><p>"+p+"</p></article></body></html>", Meta{})
		if len(r.Rounds) != 0 {
			t.Errorf("%s: %+v", p, r.Rounds)
		}
	}
}

// "the largest allocation since the scheme began" compares this round
// with the others; what a department "has invested ... in <place> since
// 2019" is years of money to a place, no award.
func TestLargestSinceAndInvestedSince(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>The Minister confirmed €3.4 million for 38 projects nationally, the largest allocation since the scheme began.</p><p>Comharchumann Inis Beag Teo receives €750,000 towards a new centre.</p><p>The Department says it has invested €21 million in Gaeltacht community facilities since 2019.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 3400000 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	if got := awardList(r); got != "Comharchumann Inis Beag Teo 750000" {
		t.Errorf("awards: %q", got)
	}
}

// A grant to a body described without its name ("A community energy
// company's plan ... has been awarded £1,250,000") goes to the body the
// next sentence opens with ("X Ltd wants to build ..."); "The Cwmdarren
// scheme is one of eight" is that grantee's project, not a fund.
func TestDescribedThenNamedAndGranteeScheme(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Energy schemes share funding</h1><p>A community energy company's plan to cover a former colliery spoil tip with solar panels has been awarded £1,250,000 by the Welsh Government.</p><p>Cwmdarren Community Energy Ltd wants to build a 4.2 megawatt solar farm on the tip.</p><p>The Cwmdarren scheme is one of eight to share £3.9 million in the third funding round of the Local Energy Fund.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Cwmdarren Community Energy Ltd 1250000" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Local Energy Fund" {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// "Round 1 (spring 2025): £2.1m to 14 projects" is that round's line in
// a list of rounds; what was awarded "across five funding rounds since
// the programme began" is all of them, no one round.
func TestRoundLinesAndSeveralRoundsSince(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Round 4 of the Historic Roofs Repair Fund</h1><p>Trustees have committed £3.6m to 22 projects in this round.</p><h2>Four rounds so far</h2><p>Since the fund opened in 2025 the foundation has made 72 awards worth £11.55m across four rounds:</p><ul><li>Round 1 (spring 2025): £2.1m to 14 projects</li><li>Round 2 – £2.8m to 17 projects</li></ul></article></body></html>`, Meta{})
	var got []string
	for _, rd := range r.Rounds {
		got = append(got, fmt.Sprintf("%d:%d:%d", *rd.Round, *rd.Total, *rd.Projects))
	}
	if strings.Join(got, " ") != "4:3600000:22 2:2800000:17 1:2100000:14" {
		t.Errorf("rounds: %v", got)
	}
	r = parsePage(t, `<html><body><article><h1>Consultation</h1><p>Since the programme began in 2021 we have run five funding rounds and awarded £14.6m to more than 300 projects.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 0 {
		t.Errorf("several rounds: %+v", r.Rounds)
	}
}

// "X, which runs ..., told us it had also been successful in round five,
// with an award of £290,000" is X's grant; "The fund, run by Y and worth
// £45 million over four years, pays for ..." is the fund's budget.
func TestSuccessfulWithAndFundWorthAppositive(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Pavilions news</h1><p>Three clubs were successful in the first round of the Grassroots Pavilions Fund.</p><p>The fund, run by the National Grassroots Sport Trust and worth £45 million over four years, pays for new changing rooms.</p><p>Fenland Village Stages, which runs a similar scheme across south Lincolnshire, told Arts Sector Today it had also been successful in round five, with an award of £290,000.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Fenland Village Stages 290000" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 45000000 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// "the third round of the £12m fund, which runs until March 2028" is a
// round now, not one to come.
func TestRunsUntilIsNotFuture(t *testing.T) {
	r := parsePage(t, `<html><head><meta property="article:published_time" content="2027-03-01"></head><body><article><h1>Museum Resilience Fund news</h1><p>In the third round of the £12m Museum Resilience Fund, which runs until March 2028, 27 museums will share £2.35m.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 3 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// "The cricket club has been awarded £212,000" is the cricket club just
// named among several clubs.
func TestTheKindOfClub(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Pavilions</h1><p>Ravensmoor Town Cricket Club, Ravensmoor Amateur Boxing Club and Ravensmoor Swans Netball Club were all successful in the first round of the Grassroots Pavilions Fund.</p><p>The cricket club has been awarded £212,000 towards a new pavilion.</p><p>The boxing club receives almost £150,000 to convert a warehouse.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Ravensmoor Town Cricket Club 212000|Ravensmoor Amateur Boxing Club 150000" {
		t.Errorf("awards: %q", got)
	}
}

// "the National Research Grants Council's scheme" names a body, and
// "Professor Grant" a person: neither is a fund.
func TestGrantsCouncilAndProfessorGrantNoFunds(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Researchers share funding</h1><p>Two research teams have won a combined $2.45 million in the National Research Grants Council's annual competition.</p><p>A team led by Professor Grant receives $612,000.</p></article></body></html>`, Meta{})
	if len(r.Funds) != 0 {
		t.Errorf("funds: %v", r.Funds)
	}
}

// Money a funder "has set aside for this call" or "has budgeted for the
// 2030 competition" is what the call can give: a limit, not a round.
func TestCallBudget(t *testing.T) {
	for _, p := range []string{"The Trust has set aside £3 million for this call.", "The Trust has budgeted £3 million for the 2030 Ocean Futures competition, which opens in May."} {
		r := parsePage(t, `<html><body><article><h1>Ocean Futures Fund: call for proposals</h1><p>The Ocean Futures Fund is now open for applications.</p><p>`+p+`</p></article></body></html>`, Meta{})
		if len(r.Limits) != 1 || r.Limits[0].Amount != 3000000 || len(r.Rounds) != 0 {
			t.Errorf("%s: limits %+v rounds %+v", p, r.Limits, r.Rounds)
		}
	}
}

// "Taken together, the fourth round represents an investment of £7.2
// million" is the round's total; "named five researchers to new chairs,
// a total investment of $2.5 million" is a batch of five.
func TestRoundWorthAndNamedBatch(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Fellowships</h1><p>Six engineers were selected in the fourth round of the Frontier Engineering Fellowships.</p><p>Taken together, the fourth round represents an investment of £7.2 million.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 7200000 || *r.Rounds[0].Round != 4 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parsePage(t, `<html><body><article><h1>Chairs</h1><p>The Foundation today named five researchers to new Innovation Chairs in clean energy, a total investment of $2.5 million.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 2500000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 5 {
		t.Errorf("batch: %+v", r.Rounds)
	}
}

// "a project coordinated by the Institute of X at Universität Falkenau"
// names the consortium's lead (the institute's host); "Coordinated by Y,
// ..., SEALINK will build" makes Y the holder of SEALINK's grant told
// just before; "The consortium" is the coordinator a lead sentence
// named.
func TestCoordinatedBy(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>EU backs TIDEWATCH</h1><p>The European Commission has selected TIDEWATCH, a four-year project coordinated by the Institute of Coastal Hydrology at Universität Falkenau, for funding. The consortium will receive an EU contribution of €7,480,000.</p><p>In the same call, a separate coordination and support action, SEALINK, received €750,000. Coordinated by Universitet i Fjellvik, with Universität Falkenau as a partner, SEALINK will build a network of observatories.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Universität Falkenau 7480000|Universitet i Fjellvik 750000" {
		t.Errorf("awards: %q", got)
	}
	r = parsePage(t, `<html><body><article><h1>EU backs TIDEWATCH</h1><p>Universität Falkenau will coordinate an international consortium of eleven partners.</p><p>The consortium will receive €7,480,000.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Universität Falkenau 7480000" {
		t.Errorf("lead: %q", got)
	}
}

// "has made US$5 million available for the 2029 grant cycle" is a
// budget; what "remains available" after three rounds is what is left
// ("remaining"), no budget and no round; "will provide $3.2 million in FY2027" names a year,
// not a grantee.
func TestMadeAvailableRemainsAndFiscalYear(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>The Trust’s board has made US$5 million available for the 2029 grant cycle.</p><p>With three rounds now allocated, about C$19 million remains available, and the department expects to open a fourth intake next year.</p><p>Port Harlan Tribal Council will receive up to $9.6 million over three years. NCRA will provide $3.2 million in FY2027, with up to $3.2 million in FY2028 and up to $3.2 million in FY2029.</p></article></body></html>`, Meta{})
	if got := scopedLimits(r); got != "fund:5000000|remaining:19000000" || len(r.Rounds) != 0 {
		t.Errorf("limits %q rounds %+v", got, r.Rounds)
	}
	for _, aw := range r.Awards {
		if strings.HasPrefix(aw.Recipient, "FY") {
			t.Errorf("award to a year: %+v", aw)
		}
	}
}

// A PDF converted line by line (pdf2htmlEX's placed <div class="t x.. y..">
// lines, pdftohtml's placed <p>) is rebuilt: lines run on into prose, a
// bullet or a numbered point starts a new block, lines that share a row
// are a table's row and a wrapped cell joins the row above; "Page 1 of
// 2" is no text.
func TestConvertedPDFLines(t *testing.T) {
	line := func(x, y, font, text string) string {
		return `<div class="t m0 ` + x + ` h2 ` + y + ` ` + font + ` fc0 sc0 ls0 ws0">` + text + `</div>`
	}
	page := `<html><body><div id="pf1" class="pf"><div class="pc">` +
		line("x0", "y1", "ff1 fs2", "Board paper: Community Impact Fund") +
		line("x0", "y2", "ff2 fs1", "The Community Impact Fund envelope for the 2027-28 fiscal year is") +
		line("x0", "y3", "ff2 fs1", "$900,000, set by the Board in February. Four grants were ap-") +
		line("x0", "y4", "ff2 fs1", "proved, as listed below.") +
		line("x0", "y5", "ff2 fs1", "Organization") + line("x2", "y5", "ff2 fs1", "Purpose") + line("x3", "y5", "ff2 fs1", "Amount") +
		line("x0", "y6", "ff2 fs1", "Assiniboine Crossing Friendship") + line("x2", "y6", "ff2 fs1", "Youth drop-in centre") + line("x3", "y6", "ff2 fs1", "$500,000") +
		line("x0", "y7", "ff2 fs1", "Centre") + line("x2", "y7", "ff2 fs1", "and Elder program") +
		line("x0", "y8", "ff2 fs1", "Prairie Lily Housing Co-op") + line("x2", "y8", "ff2 fs1", "Energy retrofit") + line("x3", "y8", "ff2 fs1", "$62,500") +
		line("x4", "y9", "ff2 fs1", "Page 1 of 2") +
		`</div></div></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.ca/notice", ContentType: "text/html"})
	if got := awardList(r); got != "Assiniboine Crossing Friendship Centre 500000|Prairie Lily Housing Co-op 62500" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 900000 {
		t.Errorf("limits: %+v", r.Limits)
	}
	if strings.Contains(r.Text, "Page 1 of 2") || !strings.Contains(r.Text, "Four grants were approved") {
		t.Errorf("text: %q", r.Text)
	}
}

// "£500k over two seasons, of which £300k falls in 2028/29 and £200k in
// 2029/30" is one award in two tranches; "Round 2 ... supported 14
// ensembles with £1.6m" is round 2's total.
func TestOfWhichTranchesAndRoundSupportedWith(t *testing.T) {
	r := parsePage(t, `<html><head><meta property="article:published_time" content="2028-05-22"></head><body><article><h1>Round 3 of the Orchestral and Choral Touring Fund</h1><p>The Trust has awarded £2 million to 16 ensembles in Round 3 of its Orchestral and Choral Touring Fund. The Trust has set aside £6.5m for the Fund over the five years 2026 to 2030. Round 2, decided in June 2027, supported 14 ensembles with £1.6m.</p><p>The largest award goes to the Cathedral Sinfonia of Wessex, which receives £500k over two seasons, of which £300k falls in 2028/29 and £200k in 2029/30, to take a full programme to 22 market towns in the South West.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Cathedral Sinfonia of Wessex 500000" || len(r.Awards[0].Tranches) != 2 {
		t.Errorf("awards: %q %+v", got, r.Awards)
	}
	found := false
	for _, rd := range r.Rounds {
		if rd.Round != nil && *rd.Round == 2 && *rd.Total == 1600000 {
			found = true
		}
	}
	if !found {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// On a university's own register, a row's lead researcher holds the
// award at the university.
func TestUniversityRegisterHost(t *testing.T) {
	r := parsePage(t, `<html><head><title>New research awards | University of Aldermoor</title></head><body><article><h1>New research awards</h1><table><tr><th>Funder</th><th>Project</th><th>Lead researcher</th><th>School</th><th>Value</th></tr><tr><td>Marlowe Heart Foundation</td><td>Cardiac rehabilitation</td><td>Dr Siân Price</td><td>Medicine</td><td>£186,200</td></tr><tr><td>Brightwater Trust</td><td>Workhouse records</td><td>Dr Hannah Oyelaran</td><td>History</td><td>£312,480</td></tr></table></article></body></html>`, Meta{})
	if got := awardList(r); got != "Siân Price (University of Aldermoor) 186200|Hannah Oyelaran (University of Aldermoor) 312480" {
		t.Errorf("awards: %q", got)
	}
}

// "Eight clubs have been offered grants worth a combined £236,900" and
// "made 8 grants from the X Programme, totalling £2,157,000" are
// batches of eight.
func TestCombinedBatch(t *testing.T) {
	for _, p := range []string{"Eight clubs have been offered grants worth a combined £236,900.", "The trustees made 8 grants from the Greenhollow Open Grants Programme, totalling £236,900."} {
		r := parsePage(t, "<html><body><article><h1>Grants</h1><p>"+p+"</p></article></body></html>", Meta{})
		if len(r.Rounds) != 1 || *r.Rounds[0].Total != 236900 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 8 {
			t.Errorf("%s: %+v", p, r.Rounds)
		}
	}
}

// A table cell holding paragraphs of its own (a minute's resolution box)
// is layout: its paragraphs are read as text.
func TestResolutionBoxTable(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Minutes</h1><table class="Resolution"><tr><td colspan="2"><b>Committee Resolution CSC/2027/031</b></td></tr><tr><td><b>Moved:</b></td><td>Cr Sarah Lindqvist</td></tr><tr><td colspan="2"><p>That the Community and Strategy Committee:</p><p>a) receives the report;</p><p>b) approves Community Partnerships Fund grants totalling $412,300 to 12 organisations, as set out in Table 1;</p></td></tr></table></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 412300 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// "is investing $48 million over the next four years in a new X Fund" is
// the new fund's budget; "The first five projects have already been
// approved and will share $7.35 million" is a batch of five.
func TestNewFundAndCompoundSubject(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>The Government is investing $48 million over the next four years in a new Regional Water Resilience Fund to help rural towns.</p><p>The first five projects have already been approved and will share $7.35 million.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 1 || r.Limits[0].Amount != 48000000 || r.Limits[0].Fund != "Regional Water Resilience Fund" {
		t.Errorf("limits: %+v", r.Limits)
	}
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 7350000 || *r.Rounds[0].Projects != 5 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// What "remains" of a budget to carry over, and a minister's "I am
// allocating €95 million", are no limit or round; "X upgrade, cycle trail
// and boat ramp share $4.8m" is a batch of three things, while "A and B
// share £2.3m" stays a joint grant.
func TestRemainingMinisterAndThingsShare(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>The Community Grants Program opened.</p><p>The committee resolved that the remaining budget of $68,730 be carried over to Round 2.</p><p>For sport, I am allocating €95 million in capital for sport facilities.</p><p>Paekākā Falls upgrade, cycle trail and boat ramp share $4.8m in visitor funding.</p><p>The Police ICT Company and the Police Technology Council share £2.3m.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 0 {
		t.Errorf("limits: %+v", r.Limits)
	}
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 4800000 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	if got := awardList(r); got != "Police ICT Company and the Police Technology Council 2300000" {
		t.Errorf("awards: %q", got)
	}
}

// "had awarded the City a $1,250,000 grant" in the City of Grantham
// Falls' own minutes is the City's grant (and a title part that only
// opens with "City" names no city).
func TestTheCityIndirect(t *testing.T) {
	r := parsePage(t, `<html><head><title>City Council Regular Meeting Minutes - October 19, 2027 | City of Grantham Falls, OR</title></head><body><article><h1>Minutes</h1><p>The Director reported that the Oregon Department of Active Transportation had awarded the City a $1,250,000 grant from the state’s Safe Pathways Grant Program.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "City of Grantham Falls 1250000" {
		t.Errorf("awards: %q", got)
	}
}

// "Amount requested | Decision" with "Award £42,000" in the decision's
// cells: the grant is in the decision, and a deferred row has none.
func TestDecisionColumn(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Minutes</h1><table><tr><th>Ref</th><th>Applicant</th><th>Project</th><th>Amount requested</th><th>Decision</th></tr><tr><td>CH25-14</td><td>Lochandrum Village Hall Association</td><td>Heating</td><td>£45,000</td><td>Award £42,000</td></tr><tr><td>CH25-15</td><td>Strathbeg Youth Football Club</td><td>Floodlights</td><td>£15,500</td><td>Award £15,500</td></tr><tr><td>CH25-18</td><td>Glenmuir Pipe Band</td><td>Instruments</td><td>£12,000</td><td>Deferred</td></tr></table></article></body></html>`, Meta{})
	if got := awardList(r); got != "Lochandrum Village Hall Association 42000|Strathbeg Youth Football Club 15500" {
		t.Errorf("awards: %q", got)
	}
}

// "is handing the trust £500k" names the trust just named as the
// grantee, like "handed".
func TestHandingIndirect(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>The Marguerite Halloran Foundation has chosen Saltmarsh Bay Community Land Trust as one of its first UK partners.</p><p>In a further boost, Saltmarsh Bay Town Council is handing the trust £500k from the sale of the old harbour office.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Saltmarsh Bay Community Land Trust 500000" {
		t.Errorf("awards: %q", got)
	}
}

// A lone surname stands for the researcher named in full just before,
// held at the host the sentence names.
func TestSurnameAtHost(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>That is exactly what Liisa Marttila, a professor of physical chemistry, has done. Marttila receives €3.5 million for her project on catalysts, and will set up her new group at Kaunio University this autumn.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Liisa Marttila (Kaunio University) 3500000" {
		t.Errorf("awards: %q", got)
	}
}

// "X has been chosen to host a new Centre, funded with £18.5m over five
// years by Y" is X's grant.
func TestChosenToHostFundedWith(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>The University of Tollington has been chosen to host a new National Centre for Soil Resilience, funded with £18.5m over five years by the Research Council.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "University of Tollington 18500000" {
		t.Errorf("awards: %q", got)
	}
}

// "Department Awards Farm-To-Market Value Grants" in a headline: the
// verb is no part of the fund's name.
func TestHeadlineVerbNotInFundName(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Department Awards Farm-To-Market Value Grants</h1><p>Eight producers will share $1,146,300 from the Farm-to-Market Value Grant Program.</p></article></body></html>`, Meta{})
	for _, f := range r.Funds {
		if strings.Contains(f, "Department") {
			t.Errorf("funds: %v", r.Funds)
		}
	}
}

// "in the second Linkage Projects round of 2027" names the scheme the
// round is of.
func TestNamedRoundScheme(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>Nationally, the council announced $96.4 million for 212 projects in the second Linkage Projects round of 2027.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Linkage Projects" || *r.Rounds[0].Round != 2 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// "has £6 million available ... for Net Zero Innovation Vouchers" names
// the scheme the budget is for.
func TestSchemeAfterAvailableFor(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Call</h1><p>Catalyst UK, the national innovation agency, has £6 million available in the 2028 to 2029 financial year for Net Zero Innovation Vouchers.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Net Zero Innovation Vouchers" {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// "Grants for Nine Communities" names whom the grants go to, not the
// fund; "a voucher of up to $7,500" each may have is no batch; "X's
// share of the funding is €750,000" is no budget.
func TestForCountVoucherShare(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Governor Announces $21.75 Million in Hometown Revival Grants for Nine Communities</h1><p>The program, created in 2021, gives eligible adults a voucher of up to $7,500 to pay tuition.</p><p>Aldermoor’s share of the funding is €750,000.</p></article></body></html>`, Meta{})
	for _, f := range r.Funds {
		if strings.Contains(f, "Nine") {
			t.Errorf("funds: %v", r.Funds)
		}
	}
	if len(r.Limits) != 0 {
		t.Errorf("limits: %+v", r.Limits)
	}
	if rd := roundOfTotal(r, 7500); rd != nil {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// A table of rounds with the number alone under "Round" and a "Grants
// made" count beside "Total awarded" gives each round's total and count.
func TestRoundNumberTable(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Farm Diversification Fund: round 3 now open</h1><p>The Farm Diversification Fund has supported 78 businesses.</p><table><tr><th>Round</th><th>Opened</th><th>Grants made</th><th>Total awarded</th><th>Average grant</th></tr><tr><td>1</td><td>March 2026</td><td>37</td><td>£1,430,000</td><td>£38,649</td></tr><tr><td>2</td><td>April 2027</td><td>41</td><td>£1,600,000</td><td>£39,024</td></tr></table></article></body></html>`, Meta{})
	var got []string
	for _, rd := range r.Rounds {
		got = append(got, fmt.Sprintf("%d:%d:%d", *rd.Round, *rd.Total, *rd.Projects))
	}
	if strings.Join(got, " ") != "2:1600000:41 1:1430000:37" {
		t.Errorf("rounds: %v", got)
	}
}

// "The X Fund was capitalized with $25 million" and "We have put £1.2m
// into this fund" give the fund's budget.
func TestFundCapital(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>The Rural Connectivity Fund was capitalized with $25 million from the state's settlement.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 1 || r.Limits[0].Amount != 25000000 || r.Limits[0].Fund != "Rural Connectivity Fund" {
		t.Errorf("capitalized: %+v", r.Limits)
	}
	r = parsePage(t, `<html><body><article><h1>News</h1><p>The Kelderby Together Fund opened in May.</p><p>“We have put £1.2m into this fund because small groups reach people,” he said.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 1 || r.Limits[0].Amount != 1200000 {
		t.Errorf("put into: %+v", r.Limits)
	}
}

// Under a heading that names a fund, a sentence naming none is that
// fund's ("<h2>Big Ideas Fund</h2> ... Together the three projects
// receive £29,700"); "the inaugural cycle" in which a funder "awarded
// $2.8 million" is round one.
func TestSectionFundAndInauguralCycle(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Lottery grants</h1><h2>Community Chest</h2><p>The Tarnside Lottery Community Chest gives small grants. Nineteen groups share £3,785 this time.</p><h2>Big Ideas Fund</h2><p>The Tarnside Lottery Big Ideas Fund is for larger projects. Three projects were successful this time:</p><ul><li>Alder Trust – £10,000</li></ul><p>Together the three Big Ideas projects receive £29,700.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 2 || r.Rounds[1].Fund != "Tarnside Lottery Big Ideas Fund" || len(r.Awards) != 1 || r.Awards[0].Fund != "Tarnside Lottery Big Ideas Fund" {
		t.Errorf("rounds %+v awards %+v", r.Rounds, r.Awards)
	}
	r = parsePage(t, `<html><body><article><h1>Watershed Stewardship Grants</h1><p>In the inaugural cycle last spring, it awarded $2.8 million to 11 groups.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 {
		t.Errorf("inaugural: %+v", r.Rounds)
	}
}

// "Northmoor researchers win £2.3m" on Northmoor University's own news
// is the university's grant, not a batch (but "Coolabah researchers
// share $2.45 million" still is).
func TestPlaceResearchersOnOwnPage(t *testing.T) {
	r := parsePage(t, `<html><head><title>Northmoor researchers win £2.3m – Northmoor University News</title></head><body><article><h1>Northmoor researchers win £2.3m to help farmers read their soil</h1><p>The project starts in May.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 0 || len(r.Awards) != 1 || r.Awards[0].Recipient != "Northmoor University" {
		t.Errorf("rounds %+v awards %+v", r.Rounds, r.Awards)
	}
}

// "A nonprofit that runs seven clinics ... will get $3,486,200" is one
// body's grant, named next ("X learned Tuesday that it had been selected
// for the Y Program"), and "the program's fourth funding cycle" is Y's;
// "An earlier version misstated the amount awarded to Z. Z's award is
// $1.08 million, not $1.8 million." puts Z's figure right.
func TestNonprofitNamedAfterAndMisstated(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>A nonprofit that runs seven clinics across three rural counties will get $3,486,200 in federal money.</p><p>Cedar Basin Community Health Partners learned Tuesday that it had been selected for the Rural Care Continuity Program, which is run by the National Office. The award is among 57 grants totaling $41.2 million announced in the program's fourth funding cycle.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Cedar Basin Community Health Partners 3486200" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Rural Care Continuity Program" || *r.Rounds[0].Round != 4 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
	r = parsePage(t, `<html><body><article><h1>News</h1><p>Osgood Township received $1.8 million to replace lead lines.</p><p>Correction: An earlier version of this story misstated the amount awarded to Osgood Township. The township's award is $1.08 million, not $1.8 million.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Osgood Township 1080000" {
		t.Errorf("corrected: %q", got)
	}
}

// A release's dateline ("Great Yarwell, Norfolk – 12 May 2026 – ",
// "LEEDS, 3 March (Wire) - ", "CLEVELAND, March 4, 2027 /BizWire
// Direct/ -- ") is no grantee; "Since then, it has
// invested £212m in 340 projects" is all rounds so far; "one property
// that received two grants totaling $61,000" is no batch.
func TestDatelineSinceThenReceivedTwo(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>Great Yarwell, Norfolk – 12 May 2026 – Halvergate Marine Robotics Ltd today announced it has secured a £1.2 million grant from the Offshore Innovation Fund.</p><p>LEEDS, 3 March (Wire) - Calder Robotics Ltd said it has won a £400,000 grant.</p><p>CLEVELAND, March 4, 2027 /BizWire Direct/ -- Corvane Therapeutics, Inc. ("Corvane"), a clinical-stage company developing inhaled medicines, today announced that it has received a $3.5 million award from the Lakeshore Biomedical Accelerator Fund.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Halvergate Marine Robotics Ltd 1200000|Calder Robotics Ltd 400000|Corvane Therapeutics 3500000" {
		t.Errorf("awards: %q", got)
	}
	r = parsePage(t, `<html><body><article><h1>Consultation</h1><p>The fund was launched in 2021. Since then, it has invested £212m in 340 projects.</p><p>The audit found one Front Street property that received two grants totaling $61,000 in the same year.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 0 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// A year's giving ("We awarded £8.4m in 163 new grants during 2026/27",
// "In 2027/28 the fund awarded £1.38m in 214 grants", "paid £7.9m to
// grantees in the year") spans every round in it: no round.
func TestYearsGivingNoRound(t *testing.T) {
	for _, p := range []string{"We awarded £8.4m in 163 new grants during 2026/27.", "In 2027/28 the Ridgeway Community Fund awarded £1.38m in 214 grants.", "We paid £7.9m to 120 grantees in the year."} {
		r := parsePage(t, "<html><body><article><h1>Annual review</h1><p>"+p+"</p></article></body></html>", Meta{})
		if len(r.Rounds) != 0 {
			t.Errorf("%s: %+v", p, r.Rounds)
		}
	}
}

// "£30,000 a year for three years, starting in 2026/27" is one award of
// £90,000 in three yearly parts.
func TestYearlyForYears(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>News</h1><p>Brightwater Youth Counselling will receive £30,000 a year for three years, starting in 2026/27, to keep its drop-in open.</p></article></body></html>`, Meta{})
	if len(r.Awards) != 1 || r.Awards[0].Amount != 90000 || len(r.Awards[0].Tranches) != 3 || r.Awards[0].Tranches[0].Period != "2026/27" {
		t.Errorf("awards: %+v", r.Awards)
	}
}

// On a funder's own page, "Our grant of £48,000" and "our £500k capital
// grant" are the grants of the body the paragraph is about.
func TestOurGrantParagraphBody(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Three grantees</h1><p>When Hollins Road Food Hub first came to us, it was a volunteer-run food bank. Our grant of £48,000 over two years paid for a shop front lease.</p><p>Greenlow Women’s Refuge had been housing women for twenty years. The local authority covered most of it, and our £500k capital grant closed the final gap.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Hollins Road Food Hub 48000|Greenlow Women’s Refuge 500000" {
		t.Errorf("awards: %q", got)
	}
}

// A converted PDF line that sets its columns apart with spaces
// ("Corrinford County Council        963,458") is a table row; "Round
// three follows the second round last autumn, when 11 projects shared
// £118,500" is round two's total.
func TestSpacedPDFColumnsAndWhenRound(t *testing.T) {
	line := func(y, text string) string {
		return `<div class="t m0 x1 h2 ` + y + ` ff1 fs0 fc0 sc0 ls0 ws0">` + text + `</div>`
	}
	page := `<html><body><div class="pf"><div class="pc">` + line("y1", "RURAL BUS SERVICES GRANT 2028-29") + line("y2", "The authorities to which grant is to be paid are set out below.") +
		line("y3", "Local transport authority                 Allocation 2028-29 (&#163;)") + line("y4", "Corrinford County Council                     963,458") +
		line("y5", "Harrowmere County Council                   1,482,316") + line("y6", "Wexcombe Council                     436,200") + line("y7", "Total                     2,882,974") +
		line("y8", "Crown copyright 2028.") + `</div></div></body></html>`
	r := parsePage(t, page, Meta{})
	if got := awardList(r); got != "Corrinford County Council 963458|Harrowmere County Council 1482316|Wexcombe Council 436200" {
		t.Errorf("awards: %q", got)
	}
	r = parsePage(t, `<html><body><article><h1>Grants</h1><p>Round three follows the second round last autumn, when 11 projects shared £118,500.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 2 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// "The Council had been awarded £1.25m" in a council's own minutes is
// that council's grant.
func TestTheCouncilOnOwnPage(t *testing.T) {
	r := parsePage(t, `<html><head><title>Cabinet minutes | Wenlow District Council</title></head><body><article><h1>Cabinet, 4 March</h1><p>Members noted that Hill Trust had received £5,000 for its new café.</p><p>The Council had been awarded £1.25m towards the redesign of the market square.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Hill Trust 5000|Wenlow District Council 1250000" {
		t.Errorf("awards: %q", got)
	}
}

// "Four colleges receive indicative allocations totalling £14.54
// million" is a batch of four.
func TestAllocationsTotalling(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>College Estates Renewal Fund</h1><p>Four colleges with the highest-priority needs receive indicative allocations totalling £14.54 million in this announcement:</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 14540000 || *r.Rounds[0].Projects != 4 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// A department's day-to-day budget in a spending review is no fund's
// limit.
func TestDepartmentalBudgetNoLimit(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Spending review 2027</h1><p>Its day-to-day budget rises to £214.6bn in 2028-29, an average real-terms increase of 2.8%.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 0 {
		t.Errorf("limits: %+v", r.Limits)
	}
}

// "a £300 million fund that will run for three years from 2027-28" has
// no one year; what a department "had committed by the end of March
// 2028" is all so far, no round.
func TestRunForYearsAndByTheEndOf(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Active Neighbourhoods Fund</h1><p>The Active Neighbourhoods Fund is a £300 million fund that will run for three years from 2027-28.</p><p>By the end of March 2028 the department had committed £540m to 48 projects led by 31 councils.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 1 || r.Limits[0].Period != nil {
		t.Errorf("limits: %+v", r.Limits)
	}
	if len(r.Rounds) != 0 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// A headline "$7.7 million for upgrades at four regional schools" is a
// batch of four.
func TestHeadlineCountAfterPlace(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>$7.7 million for upgrades at four regional schools</h1><p>The Minister announced the funding today.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 7700000 || *r.Rounds[0].Projects != 4 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// "X in Hallsbury gets the largest award of the five: £1,250,000" is
// X's; "In total, £41,850 has gone to the 20 groups" is a batch; a
// database's "Showing 8 grants totalling £204,650" is neither; "The
// College of Education has received" on a university's news is the
// university's grant.
func TestLargestAwardGoneToShowingCollege(t *testing.T) {
	r := parsePage(t, `<html><head><title>Grant news | Lakemont State University</title></head><body><article><h1>News</h1><p>The Old Ropewalk CIC in Hallsbury gets the largest award of the five: £1,250,000 towards the repair of its ropewalk.</p><p>In total, £41,850 has gone to the 20 groups.</p><p>Showing 8 grants totalling £204,650 · Theme: Arts</p><p>The College of Education has received a three-year, $2,450,000 grant from the Halvorsen Foundation.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Old Ropewalk CIC 1250000|Lakemont State University 2450000" {
		t.Errorf("awards: %q", got)
	}
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 41850 || *r.Rounds[0].Projects != 20 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// "Our spring round awarded £38,400 to 12 groups, and our autumn round
// awarded £44,150 to 15 groups" are two batches; what a fund "has given
// since it was set up" is no round.
func TestSeasonBatchesAndSetUp(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Wold Villages Fund</h1><p>Our spring round awarded £38,400 to 12 groups, and our autumn round awarded £44,150 to 15 groups.</p><p>Since it was set up in 2015, the fund has given more than £600,000 to groups in the valley.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 2 || *r.Rounds[1].Total != 44150 {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// "round three awards announced" numbers the round, it counts no
// awards: the body's "Eight projects" is the round's count; "will publish
// details of round four" is a round to come, so round three is no recap.
func TestRoundNumberNoCountAndFutureTelling(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Shorelines Fund: round three awards announced</h1><p>Published 3 March 2027.</p><p>Eight projects have been awarded a total of £96,000 in round three of the Shorelines Fund.</p><p>The Trust will publish details of round four in the spring.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 3 || *r.Rounds[0].Projects != 8 || r.Rounds[0].Recap {
		t.Errorf("rounds: %+v", r.Rounds)
	}
}

// A table's total row counts its batch: "Total approved (4 grants)", or
// the award rows above it when they add up to its figure.
func TestTotalRowCountsItsRows(t *testing.T) {
	r := parseHTML(t, `<h2>Round 2 grants</h2><table><tr><th>Organisation</th><th>Grant</th></tr><tr><td>Aldgate Youth Trust</td><td>£12,000</td></tr><tr><td>Barrow Food Hub</td><td>£8,500</td></tr><tr><td>Colne Arts CIC</td><td>£4,000</td></tr><tr><td>Total</td><td>£24,500</td></tr></table>`)
	if got := roundList(r); got != "24500/3" {
		t.Errorf("rounds %q", got)
	}
	r = parseHTML(t, `<h2>Round 3 grants</h2><table><tr><th>Organisation</th><th>Grant</th></tr><tr><td>Dunmore Sports Club</td><td>£6,000</td></tr><tr><td>Eastfield Library Friends</td><td>£3,000</td></tr><tr><td>Total approved (5 grants, 3 listed)</td><td>£15,000</td></tr></table>`)
	if got := roundList(r); got != "15000/5" {
		t.Errorf("rounds %q", got)
	}
}

// A count told without a total ("Two other projects were also
// successful in Round 2") gives way to the one told with the round's
// total; "our panel reviewed 93 outline proposals" counts bids.
func TestCountWithTotalWins(t *testing.T) {
	r := parseHTML(t, `<p>Two other projects in the electorate were also successful in Round 2 of the Country Towns Fund.</p><p>Across Australia, Round 2 of the Country Towns Fund is providing $68.4 million to 112 projects.</p>`)
	if got := roundList(r); got != "68400000/112" {
		t.Errorf("rounds %q", got)
	}
	r = parseHTML(t, `<p>In the fourth round of the Ocean Futures Fund, our panel reviewed 93 outline proposals and 31 full applications. Fourteen projects shared £2.7m.</p>`)
	if got := roundList(r); got != "2700000/14" {
		t.Errorf("rounds %q", got)
	}
	r = parseHTML(t, `<p>In the fourth round of the Ocean Futures Fund our panel reviewed 93 outline proposals and awarded £2.7m in grants.</p>`)
	if got := roundList(r); got != "2700000/-" {
		t.Errorf("rounds %q", got)
	}
}

// "The five projects will bring ..." right after a batch's total counts
// that batch.
func TestTheNProjectsAfterBatch(t *testing.T) {
	r := parseHTML(t, `<p>The Commission on Tuesday approved $7,755,000 in grants from the second round of its Rural Connectivity Fund. The five projects will bring high-speed internet to 5,155 homes.</p>`)
	if got := roundList(r); got != "7755000/5" {
		t.Errorf("rounds %q", got)
	}
}

// "Round | Year | Halls funded | Total awarded": the column of what was
// funded counts each round.
func TestRoundTableFundedColumn(t *testing.T) {
	r := parseHTML(t, `<h2>Village Halls Fund: rounds so far</h2><table><tr><td>Round</td><td>Year</td><td>Halls funded</td><td>Total awarded</td></tr><tr><td>Round 1</td><td>2025</td><td>19</td><td>£640,000</td></tr><tr><td>Round 2</td><td>2026</td><td>26</td><td>£910,000</td></tr></table>`)
	if got := roundList(r); got != "910000/26|640000/19" {
		t.Errorf("rounds %q", got)
	}
}

// "grants totalling £286,450 be approved to the following nine
// applicants" counts nine; "61 applicants were received" counts bids.
func TestApplicantsCount(t *testing.T) {
	r := parseHTML(t, `<p>RESOLVED that grants totalling £286,450 be approved to the following nine applicants in the third funding window.</p>`)
	if got := roundList(r); got != "286450/9" {
		t.Errorf("rounds %q", got)
	}
	r = parseHTML(t, `<p>The third round of the Heritage Fund received 61 applicants and awarded £286,450.</p>`)
	if got := roundList(r); got != "286450/-" {
		t.Errorf("rounds %q", got)
	}
}

// "sharing £1.34 million ..., with 64 organisations receiving grants"
// counts 64; "with 12 groups still in the running" counts none.
func TestWithNOrganisationsReceiving(t *testing.T) {
	r := parseHTML(t, `<p>Community groups are sharing £1.34 million in the third round of the Net Zero Fund, with 64 organisations receiving grants.</p>`)
	if got := roundList(r); got != "1340000/64" {
		t.Errorf("rounds %q", got)
	}
	r = parseHTML(t, `<p>Community groups are sharing £1.34 million in the third round of the Net Zero Fund, with 12 groups still in the running.</p>`)
	if got := roundList(r); got != "1340000/-" {
		t.Errorf("rounds %q", got)
	}
}

// "X's project was one of 14 selected in the third round of the fund,
// which is sharing £9.6m" counts 14.
func TestOneOfNSelected(t *testing.T) {
	r := parseHTML(t, `<p>Halvergate’s project was one of 14 selected in the third round of the Offshore Autonomy Accelerator Fund, which is sharing £9.6m between companies.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 14 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "The fund has made four awards in its autumn round:" then a list, then
// "Together the awards total £40,250": a batch of four.
func TestMadeCountThenTogether(t *testing.T) {
	r := parseHTML(t, `<p>The Canal Volunteers Fund has made four awards in its autumn round:</p><ul><li>Huddersfield Canal Society - £12,000 for painting equipment</li><li>£8,750 to Grantham Canal Society for a work boat</li><li>Montgomery Waterway Trust: £15,200 towards a volunteer base</li><li>Friends of the Chesterfield Canal, £4,300</li></ul><p>Together the awards total £40,250.</p>`)
	if got := roundList(r); got != "40250/4" {
		t.Errorf("rounds %q", got)
	}
}

// "The grant will be paid as £30,000 in 2026/27, £32,000 in 2027/28 and
// £34,000 in 2028/29." splits the award told before it when the parts
// add up to it; parts adding up to something else are left alone.
func TestTranchesInNextSentence(t *testing.T) {
	r := parseHTML(t, `<p>Kestrel Moss Women’s Centre has been awarded £96,000 over three years to keep its drop-in open. The grant will be paid as £30,000 in 2026/27, £32,000 in 2027/28 and £34,000 in 2028/29.</p><p>Wenlow District Council would receive £1.3m. The grant would be paid in two instalments: £500k in 2026/27 and £750,000 in 2027/28.</p>`)
	if len(r.Awards) != 2 || len(r.Awards[0].Tranches) != 3 || r.Awards[0].Tranches[2].Period != "2028/29" || r.Awards[0].Tranches[2].Amount != 34000 || len(r.Awards[1].Tranches) != 0 {
		t.Errorf("awards %+v", r.Awards)
	}
}

// Parts told after the award's own figure in its sentence ("a grant of
// £15,000 ..., payable in two instalments: £7,500 in 2027/28 and £7,500
// in 2028/29", "£131,400 ..., with £80,000 paid this year and the
// remaining £51,400 in 2027/28") and years told before their figures in
// the next ("2026–27: $110,000; 2027–28: $75,000") are tranches.
func TestTranchesAfterFigureAndYearFirst(t *testing.T) {
	r := parsePage(t, `<html><head><meta property="article:published_time" content="2026-06-10"></head><body><article><p>RESOLVED that a grant of £15,000 be awarded to Oakhurst Community Centre Association towards the roof, payable in two instalments: £7,500 in 2027/28 and £7,500 in 2028/29.</p><p>Ravensmoor Netball Club has been given £131,400 to build a court, with £80,000 paid this year and the remaining £51,400 in 2027/28.</p><p>Battle Creek Watershed Society receives $185,000 for wetland work.</p><p>2026–27: $110,000; 2027–28: $75,000</p></article></body></html>`, Meta{})
	var got []string
	for _, a := range r.Awards {
		var ps []string
		for _, p := range a.Tranches {
			ps = append(ps, p.Period+"="+strconv.FormatInt(p.Amount, 10))
		}
		got = append(got, a.Recipient+" "+strconv.FormatInt(a.Amount, 10)+" "+strings.Join(ps, ","))
	}
	want := "Oakhurst Community Centre Association 15000 2027/28=7500,2028/29=7500|Ravensmoor Netball Club 131400 2026/27=80000,2027/28=51400|Battle Creek Watershed Society 185000 2026/27=110000,2027/28=75000"
	if strings.Join(got, "|") != want {
		t.Errorf("awards:\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
}

// "Annual award | Years" over "£1,200,000 | 3 (2026–29)": the grant is
// three years of the yearly figure, one part a year; a plain "Grant |
// Duration" table keeps its figure, and a table with year columns and
// no amount column still reads.
func TestAnnualAwardTimesYears(t *testing.T) {
	r := parseHTML(t, `<table><tr><th>Organisation</th><th>Annual award</th><th>Years</th></tr><tr><td>Brackenford Playhouse</td><td>£1,200,000</td><td>3 (2026–29)</td></tr><tr><td>Greyhaven Literature Festival</td><td>£62,500</td><td>2 years</td></tr></table>`)
	if got := awardList(r); got != "Brackenford Playhouse 3600000|Greyhaven Literature Festival 125000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) == 2 && (len(r.Awards[0].Tranches) != 3 || r.Awards[0].Tranches[0].Period != "2026/27" || len(r.Awards[1].Tranches) != 0) {
		t.Errorf("tranches %+v", r.Awards)
	}
	r = parseHTML(t, `<table><tr><th>Organisation</th><th>Grant</th><th>Duration</th></tr><tr><td>Brackenford Playhouse</td><td>£90,000</td><td>3 years</td></tr></table>`)
	if got := awardList(r); got != "Brackenford Playhouse 90000" {
		t.Errorf("awards %q", got)
	}
	r = parseHTML(t, `<table><tr><th>Council</th><th>2026/27</th><th>2027/28</th></tr><tr><td>Kelsby Council</td><td>£90,000</td><td>£60,000</td></tr></table>`)
	if got := awardList(r); got != "Kelsby Council 150000" {
		t.Errorf("awards %q", got)
	}
}

// "Riverside flood wall, Lowbridge Borough Council: £3.2m": the scheme,
// then the body that delivers it; "Ardmore Castings Ltd, Greenock:
// £390,000" is still the company.
func TestSchemeThenBodyLabel(t *testing.T) {
	r := parseHTML(t, `<p>The committee has approved £7,390,000 of Flood Resilience Capital Grant for three schemes.</p><ul><li>Riverside flood wall, Lowbridge Borough Council: £3.2m</li><li>Hollins Beck natural flood management, Wendle Valley Rivers Trust: £640,000</li><li>Ardmore Precision Castings Ltd, Greenock: £390,000</li></ul>`)
	if got := awardList(r); got != "Lowbridge Borough Council 3200000|Wendle Valley Rivers Trust 640000|Ardmore Precision Castings Ltd 390000" {
		t.Errorf("awards %q", got)
	}
}

// "Local authority | Capital (£) | Resource (£)" with no total column:
// the award is the two parts together; with a total column it is the
// total.
func TestCapitalPlusResourceColumns(t *testing.T) {
	r := parseHTML(t, `<table><tr><th>Local authority</th><th>Capital (£)</th><th>Resource (£)</th></tr><tr><td>Brackley Vale Borough Council</td><td>2,340,000</td><td>185,000</td></tr><tr><td>Sedgecombe District Council</td><td>640,000</td><td>0</td></tr></table>`)
	if got := awardList(r); got != "Brackley Vale Borough Council 2525000|Sedgecombe District Council 640000" {
		t.Errorf("awards %q", got)
	}
	r = parseHTML(t, `<table><tr><th>Local authority</th><th>Capital (£)</th><th>Resource (£)</th><th>Total (£)</th></tr><tr><td>Brackley Vale Borough Council</td><td>2,340,000</td><td>185,000</td><td>2,600,000</td></tr></table>`)
	if got := awardList(r); got != "Brackley Vale Borough Council 2600000" {
		t.Errorf("awards %q", got)
	}
}

// A PDF converted by pdf2htmlEX inside a site's page (chrome with
// paragraphs around it) is the page's content, and its table's rows go on
// over the next page under the first page's head.
func TestConvertedPDFInSiteAndTableOverPages(t *testing.T) {
	line := func(x, y, text string) string {
		return `<div class="t m0 ` + x + ` h4 ` + y + ` ff1 fs4 fc0 sc0 ls0 ws0">` + text + `</div>`
	}
	page1 := line("x0", "y1", "Coastal Energy Fund") + line("x0", "y2", "Schedule of grants awarded in 2028") +
		line("x0", "y3", "The Trustees considered 31 applications and awarded five grants.") +
		line("x1", "ye", "Grantee") + line("x2", "ye", "Project") + line("x5", "ye", "Total (£)") +
		line("x1", "yf", "Saltcote Community Energy Ltd") + line("x2", "yf", "Solar farm") + line("x5", "yf", "1,250,000") +
		line("x1", "yg", "Eastholme Harbour Trust") + line("x2", "yg", "Shore power") + line("x5", "yg", "312,400")
	page2 := line("x1", "y1", "Dunmere Fishermen’s Co-operative") + line("x2", "y1", "Electric outboard motors") + line("x5", "y1", "27,650") +
		line("x0", "y3", "Notes") + line("x1", "y4", "A dash means no payment is due in that year.") + line("x1", "y5", "Enquiries to the grants team.") +
		line("x1", "y6", "Payments depend on progress reports.") + line("x1", "y7", "Page 2 of 2")
	page := `<html><body><div class="site-top"><p>We use cookies to make this website work and to measure how it is used by our visitors and partners.</p></div><div id="page-container"><div id="pf1" class="pf w0 h0"><div class="pc pc1 w0 h0">` + page1 + `</div></div><div id="pf2" class="pf w0 h0"><div class="pc pc2 w0 h0">` + page2 + `</div></div></div><div class="site-bottom"><p>Harbourlight Trust, 4 Quay Street, Trewan. Registered charity. Other publications: annual report and accounts, with our total charitable spend of £3.2m.</p></div></body></html>`
	r := parsePage(t, page, Meta{})
	if got := awardList(r); got != "Saltcote Community Energy Ltd 1250000|Eastholme Harbour Trust 312400|Dunmere Fishermen’s Co-operative 27650" {
		t.Errorf("awards %q", got)
	}
}

// "is distributing £381 million to English local transport authorities"
// names no recipient.
func TestDemonymNoRecipient(t *testing.T) {
	r := parseHTML(t, `<p>The Neighbourhood Charging Fund is run by the Office for Clean Vehicles and is distributing £381 million to English local transport authorities.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// In a column headed "£m", "1.250" is a million and a quarter, though
// "EUR 1.250.000" in prose groups thousands with dots.
func TestUnitColumnDotIsDecimal(t *testing.T) {
	r := parseHTML(t, `<table><tr><th>Organisation</th><th>Grant (£m)</th></tr><tr><td>Hope Dale Dance</td><td>1.250</td></tr><tr><td>Marches Opera</td><td>0.175</td></tr></table>`)
	if got := awardList(r); got != "Hope Dale Dance 1250000|Marches Opera 175000" {
		t.Errorf("awards %q", got)
	}
}

// Posts and their pay ("Programme Manager (PO7, £46,731 – £49,764)") are
// no awards.
func TestPostsAndPayNoAwards(t *testing.T) {
	r := parseHTML(t, `<p>The Council approved the following fixed-term posts, funded from the grant:</p><ul><li>Programme Manager (PO7, £46,731 – £49,764), fixed-term to 31 March 2028</li><li>Two Programme Officers (SO1, £37,938 – £40,476), fixed-term to 31 March 2028</li></ul>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// "The lead partner is X ... The programme co-finances eligible costs at
// 60 %, which means an EU contribution of EUR 1.920.000" is X's grant;
// "The lead partner, the Centre hospitalier régional de Malvoisin, will
// coordinate ... the programme will contribute €870.000" the centre's,
// named whole.
func TestLeadPartnerThenContribution(t *testing.T) {
	r := parseHTML(t, `<p>GreenTransit EA will introduce a single electronic ticket. The lead partner is the Zweckverband Nahverkehr Westeifel, working with two transport authorities.</p><p>The project has a total budget of €3,2 million. The programme co-finances eligible costs at a rate of 60 %, which means an EU contribution of EUR 1.920.000.</p><p>The lead partner, the Centre hospitalier régional de Malvoisin, will coordinate a partnership with two hospitals. Of the project’s total eligible costs of €1,45 million, the programme will contribute €870.000, again at the 60 % rate.</p>`)
	if got := awardList(r); got != "Zweckverband Nahverkehr Westeifel 1920000|Centre hospitalier régional de Malvoisin 870000" {
		t.Errorf("awards %q", got)
	}
	if got := leadingProper("Centre hospitalier régional de Malvoisin will coordinate"); got != "Centre hospitalier régional de Malvoisin" {
		t.Errorf("leadingProper: %q", got)
	}
	if got := leadingProper("Centre stage for the arts"); got != "Centre" {
		t.Errorf("leadingProper: %q", got)
	}
}

// "The City of Wierzbno has signed two co-financing agreements ..." then
// "The larger of the two projects will receive €2,5 million" and "The
// second agreement, worth €640 000, ..." are the city's grants, not a
// batch of two.
func TestSignerHoldsItsAgreements(t *testing.T) {
	r := parseHTML(t, `<p>The City of Wierzbno has signed two co-financing agreements with the Board of the Sarnia Voivodeship.</p><h2>Tram</h2><p>The larger of the two projects will receive €2,5 million for a tram line. The total cost is estimated at €2.94 million.</p><h2>Rain gardens</h2><p>The second agreement, worth €640 000, comes from Priority 2.</p>`)
	if got := awardList(r); got != "City of Wierzbno 2500000|City of Wierzbno 640000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "part of the Foundation’s 2027 “Living Coasts” grant round, which is
// sharing €6 million between 11 projects" is a batch, not the
// foundation's grant.
func TestOwnersRoundWhichShares(t *testing.T) {
	r := parseHTML(t, `<p>Our grant is part of the Foundation’s 2027 “Living Coasts” grant round, which is sharing €6 million between 11 projects in Ireland and Norway.</p>`)
	if len(r.Awards) != 0 || roundList(r) != "6000000/11" {
		t.Errorf("awards %q rounds %q", awardList(r), roundList(r))
	}
}

// "The total indicative budget of this call is EUR 12 000 000." on a
// fund's call page is the fund's limit; "modelled on an indicative
// envelope of £40m" is not.
func TestCallBudgetOfThisCall(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Adriatic Civil Society Fund: call for proposals</h1><p>The Adriatic Civil Society Fund invites proposals from NGOs.</p><p>The total indicative budget of this call is EUR 12 000 000.</p><p>We have modelled the new scheme on an indicative envelope of £40m over five years.</p></article></body></html>`, Meta{})
	if len(r.Limits) != 1 || r.Limits[0].Amount != 12000000 || r.Limits[0].Fund != "Adriatic Civil Society Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Young Voices Tisza – Association of Youth Councils of the Banat
// Borderland, EUR 298 000, for ...": the project, a dash, then its holder.
func TestProjectDashHolderComma(t *testing.T) {
	r := parseHTML(t, `<p>The programme approved 14 projects in its second call, including:</p><ul><li>Young Voices Tisza – Association of Youth Councils of the Banat Borderland, EUR 298 000, for a cross-border youth parliament.</li></ul>`)
	if got := awardList(r); got != "Association of Youth Councils of the Banat Borderland 298000" {
		t.Errorf("awards %q", got)
	}
}

// "In the second round, last year, £98 million supported placements
// through 119 providers" is round two's total and count; "X (round 1) – a
// grant of £29,800 paid for insulation" is X's grant.
func TestMoneySupportedInRound(t *testing.T) {
	r := parseHTML(t, `<p>In the second round of the Meridian Mobility Scheme, last year, £98 million supported placements through 119 providers.</p><p>Stanbury Parish Hall (round 1) – a grant of £29,800 paid for loft insulation.</p>`)
	if got := roundList(r); got != "98000000/119" {
		t.Errorf("rounds %q", got)
	}
	if got := awardList(r); got != "Stanbury Parish Hall 29800" {
		t.Errorf("awards %q", got)
	}
}

// A <dl> of films: "<dt>The Salt Road</dt><dd>Production company:
// Greyhaven Pictures Ltd</dd><dd>Award: £400,000</dd>" is the company's
// grant; "a drama ..., with a budget of around £4.5m" is the film's cost.
func TestProductionCompanyFieldAndFilmBudget(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Feature Production Fund: round 3 awards</h1><p>Five films share £1.59m from the Feature Production Fund.</p><dl><dt>The Salt Road</dt><dd>Production company: Greyhaven Pictures Ltd</dd><dd>Award: £400,000</dd><dd>A smuggling thriller set on the coast in 1798.</dd><dt>Glass Orchard</dt><dd>Production company: Redwater Productions</dd><dd>Award: £500k</dd><dd>A supernatural family drama filmed at the disused glasshouses, with a budget of around £4.5m.</dd></dl></article></body></html>`, Meta{})
	if got := awardList(r); got != "Greyhaven Pictures Ltd 400000|Redwater Productions 500000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// Top-ups are awards of their own beside the grants they add to: "X,
// which was awarded £1.2m ..., has had that grant topped up by a further
// £350,000", "Y, whose original award of £640,000 ... is paying for a
// studio, will receive an additional £95,000".
func TestTopUpsAndWhoseAward(t *testing.T) {
	r := parseHTML(t, `<p>The Lantern Theatre in Castlemoor, which was awarded £1.2m from the Capital Investment Programme in 2025 to rebuild its fly tower, has had that grant topped up by a further £350,000.</p><p>Holloway Cross Arts Centre, whose original award of £640,000 from the same programme is paying for a new studio theatre, will receive an additional £95,000.</p>`)
	if got := awardList(r); got != "Lantern Theatre 1200000|Lantern Theatre 350000|Holloway Cross Arts Centre 640000|Holloway Cross Arts Centre 95000" {
		t.Errorf("awards %q", got)
	}
}

// "£250,000 a year for 2026-29" is three years' grant, one part a year;
// "X, which receives £1.2m a year, ..." beside X's three-year grant of
// £1.2m a year is that grant told again.
func TestYearlyForSpanAndRateRetold(t *testing.T) {
	r := parseHTML(t, `<table><tr><th>Organisation</th><th>Annual award</th><th>Years</th></tr><tr><td>Brackenford Playhouse</td><td>£1,200,000</td><td>3 (2026–29)</td></tr></table><p>Brackenford Playhouse, which receives £1.2m a year, sees a 4% increase.</p><p>Saltmarsh Quay Gallery will receive £250,000 a year for 2026-29 to run its learning programme.</p>`)
	if got := awardList(r); got != "Brackenford Playhouse 3600000|Saltmarsh Quay Gallery 750000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) == 2 && (len(r.Awards[1].Tranches) != 3 || r.Awards[1].Tranches[2].Period != "2028/29") {
		t.Errorf("tranches %+v", r.Awards[1].Tranches)
	}
}

// "the symphony's annual budget of $4.8 million" is the orchestra's own
// money, not the fund's limit.
func TestVenueOwnBudget(t *testing.T) {
	r := parseHTML(t, `<p>The Cornerstone Capital Grants programme gave Eastbank Symphony Orchestra $500,000. Its board chair said the symphony's annual budget of $4.8 million left little room for building work.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// A list's "X, a grant of $500,000 toward ..." and "Y, a challenge grant
// of up to $400,000 toward ..." are X's and Y's grants (the second
// hedged), not a cap.
func TestListNameCommaGrantOf(t *testing.T) {
	r := parseHTML(t, `<p>Other grants announced Tuesday include:</p><ul><li>Eastbank Symphony Orchestra, a grant of $500,000 toward renovation of Carver Hall.</li><li>Westbank Symphony Orchestra, a challenge grant of up to $400,000 toward renovation of its hall.</li></ul>`)
	if got := awardList(r); got != "Eastbank Symphony Orchestra 500000|Westbank Symphony Orchestra 400000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) == 2 && (r.Awards[1].Qualifier == nil || *r.Awards[1].Qualifier != "up to") {
		t.Errorf("qualifier %v", r.Awards[1].Qualifier)
	}
}

// "Since 1995 the Lottery Sports Fund has invested over £96m in
// Borderlands sport" tells all given so far, no one award.
func TestCumulativeNoAward(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Lottery Sports Fund awards</h1><p>The Lottery Sports Fund is run by the Borderlands Sports Council.</p><p>Since 1995 the Lottery Sports Fund has invested over £96m in Borderlands sport.</p></article></body></html>`, Meta{})
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// "<p><i>Posted 27/03/2029</i></p>": a date label with neither "on" nor
// a colon, inside an inline element, is the page's labelled date.
func TestPostedDateInItalics(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<html><body><h2>Lottery Sports Fund awards</h2><p><i>Posted 27/03/2029</i></p><p>The panel met on 19 March 2029.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	p := &pageInfo{meta: map[string]string{}}
	p.scan(root, 0, false)
	if p.labelledDate != "2029-03-27" {
		t.Errorf("labelled date %q", p.labelledDate)
	}
}

// "In the first Freight Decarbonisation Innovation Fund competition, ...,
// 12 projects shared £9.4 million": round one, its ordinal four words
// before the round word.
func TestOrdinalBeforeLongName(t *testing.T) {
	if got := findRounds("in the first freight decarbonisation innovation fund competition, which closed in 2025, 12 projects shared £9.4 million."); len(got) != 1 || got[0].num != 1 {
		t.Errorf("rounds %+v", got)
	}
}

// "the first wave, in which £178m went to 51 bids" and "In Phase 2,
// £17.5m went to 15 projects" are earlier rounds' totals, the money the
// subject.
func TestMoneyWentToCountInRound(t *testing.T) {
	r := parseHTML(t, `<p>Wave 2 of the Warm Homes Retrofit Fund gives £240m to 60 bids.</p><p>Wave 2 is larger than the first wave, in which £178m went to 51 bids.</p>`)
	if got := roundList(r); got != "240000000/60|178000000/51" {
		t.Errorf("rounds %q", got)
	}
	r = parseHTML(t, `<p>Phase 3 of the Nature Recovery Partnerships Fund gives £24m to 18 projects.</p><p>In Phase 2, £17.5m went to 15 projects.</p>`)
	if got := roundList(r); got != "24000000/18|17500000/15" || r.Rounds[1].Round == nil || *r.Rounds[1].Round != 2 {
		t.Errorf("rounds %q %+v", got, r.Rounds)
	}
}

// "Nettlebank Housing Co-operative, which owns just 240 homes, secured
// £612,000": the body before its relative clause, not what it counts.
func TestRelativeClauseCountNotSubject(t *testing.T) {
	r := parseHTML(t, `<p>Nettlebank Housing Co-operative, which owns just 240 homes, secured £612,000 for external wall insulation.</p>`)
	if got := awardList(r); got != "Nettlebank Housing Co-operative 612000" || len(r.Rounds) != 0 {
		t.Errorf("awards %q rounds %q", got, roundList(r))
	}
}

// A table-layout site's side column (<td class="leftcol">) is chrome: its
// "See also" link "VET results: EUR 6,2 million for 51 institutions" is
// no round of the page.
func TestLeftColumnIsChrome(t *testing.T) {
	r := parsePage(t, `<html><body><table><tr><td width="200" class="leftcol"><p class="lefthead">See also</p><ul><li><a href="/a">VET accreditation results: EUR 6,2 million for 51 institutions</a></li><li><a href="/b">Youth exchanges round 1: 64 projects approved</a></li></ul></td><td class="content"><h1>School mobility: 38 projects selected</h1><p>We received 47 applications from accredited schools. After quality and budget assessment, 38 projects have been selected for funding with a total grant of EUR 4 712 300.</p></td></tr></table></body></html>`, Meta{})
	if got := roundList(r); got != "4712300/38" {
		t.Errorf("rounds %q", got)
	}
}

// Converted lines placed by a style's "top" (<div class="t ff1 x3"
// style="top:354px">) are rows too, and a name wrapped after a hyphen
// keeps it: "Regional Development Agency Kisalföld-" / "Nord".
func TestStyleTopLinesAndHyphenWrap(t *testing.T) {
	line := func(x string, top int, text string) string {
		return `<div class="t ff1 ` + x + `" style="top:` + strconv.Itoa(top) + `px">` + text + `</div>`
	}
	body := line("x2", 100, "Monitoring Committee decision") + line("x2", 120, "Projects recommended for funding in the third call of the Pannonian Borderlands Programme.") +
		line("x2", 150, "Project") + line("x3", 150, "Lead partner") + line("x4", 150, "ERDF (EUR)") +
		line("x2", 170, "WATERWISE-PB") + line("x3", 170, "Marktgemeinde Sankt Egidien am See (AT)") + line("x4", 170, "EUR 1.250.000") +
		line("x2", 190, "CYCLE-LINK") + line("x3", 190, "Regional Development Agency Kisalföld-") + line("x4", 190, "€ 872.400,00") +
		line("x3", 202, "Nord (HU)") +
		line("x2", 220, "Total recommended") + line("x4", 220, "EUR 2.122.400")
	r := parsePage(t, `<html><body><div id="page-container"><div class="pf"><div class="pc">`+body+`</div></div></div></body></html>`, Meta{})
	if got := awardList(r); got != "Marktgemeinde Sankt Egidien am See 1250000|Regional Development Agency Kisalföld-Nord 872400" {
		t.Errorf("awards %q", got)
	}
	if got := roundList(r); got != "2122400/2" {
		t.Errorf("rounds %q", got)
	}
}

// "approves the addition of the scheme to the capital programme with a
// total budget of £2,302,000" is the council's project, not a fund's
// limit.
func TestCapitalProgrammeWithBudget(t *testing.T) {
	r := parseHTML(t, `<p>The Council has been offered £1,842,000 from the Public Estate Heat Decarbonisation Fund.</p><p>Cabinet approves the addition of the scheme to the capital programme with a total budget of £2,302,000;</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Canadian grants", "European funds" and "federal grants" name no fund.
func TestDemonymFundWordsNoFund(t *testing.T) {
	for _, s := range []string{"U.S. grants are paid in dollars and Canadian grants are paid in Canadian dollars from the $5 million.", "Both projects are financed from European funds worth €3m."} {
		for _, h := range findFunds(s) {
			t.Errorf("%q: fund %q", s, h.name)
		}
	}
}

// "Local transport authority | Allocation 2028-29 (£)" with a "Total"
// row: the one year's column totals the batch.
func TestTotalRowUnderOneYearColumn(t *testing.T) {
	r := parseHTML(t, `<table><tr><th>Local transport authority</th><th>Allocation 2028-29 (£)</th></tr><tr><td>Corrinford County Council</td><td>963,458</td></tr><tr><td>Wexcombe Council</td><td>436,200</td></tr><tr><td>Total</td><td>1,399,658</td></tr></table>`)
	if got := roundList(r); got != "1399658/2" {
		t.Errorf("rounds %q", got)
	}
}

// joinWrapped keeps a name's hyphen, joins a word split over two lines,
// and leaves a spaced dash spaced.
func TestJoinWrapped(t *testing.T) {
	for _, c := range [][3]string{{"Kisalföld-", "Nord", "Kisalföld-Nord"}, {"seek-", "ing", "seeking"}, {"Riverside Trust -", "£5,000", "Riverside Trust - £5,000"}, {"Sankt Egidien", "am See", "Sankt Egidien am See"}} {
		if got := joinWrapped(c[0], c[1]); got != c[2] {
			t.Errorf("joinWrapped(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// In a feed, the lead partner one entry names holds no grant the next
// entry's programme contributes.
func TestFeedEntryForgetsLeadPartner(t *testing.T) {
	feed := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><updated>2028-07-14T10:00:00Z</updated>
<entry><title>Ticketing project starts</title><updated>2028-07-14T10:00:00Z</updated><content type="html">&lt;p&gt;The lead partner is the Zweckverband Nahverkehr Westeifel.&lt;/p&gt;</content></entry>
<entry><title>Call results</title><updated>2028-07-03T10:00:00Z</updated><content type="html">&lt;p&gt;The programme will contribute €870.000 to projects in the valley.&lt;/p&gt;</content></entry>
</feed>`
	r := parsePage(t, feed, Meta{ContentType: "application/atom+xml"})
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// "In total, £400m has been set aside for the Schools Renewal Programme
// up to 2030" is the programme's budget, not an award to it; a body
// named like a fund may still be given money.
func TestSetAsideForFundIsLimit(t *testing.T) {
	r := parseHTML(t, `<p>The government confirmed the second wave of the Schools Renewal Programme.</p><p>In total, £400m has been set aside for the Schools Renewal Programme up to 2030.</p>`)
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Amount != 400000000 {
		t.Errorf("awards %q limits %+v", awardList(r), r.Limits)
	}
}

// "Each of the ten startups receives an equity-free grant of £50,000"
// over a list of the startups: a grant to each; "equity-free" is no
// equity.
func TestEquityFreeGrantEach(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Meet Cohort 4</h1><p>Each of the three startups receives an equity-free grant of £50,000.</p><h2>The Cohort 4 companies</h2><ul><li>Brinewatch – low-cost salinity sensors for estuary farmers</li><li>Copperleaf Health – remote monitoring</li><li>Dockside Ledger – invoicing for small ports</li></ul></article></body></html>`, Meta{})
	if got := awardList(r); got != "Brinewatch 50000|Copperleaf Health 50000|Dockside Ledger 50000" {
		t.Errorf("awards %q", got)
	}
}

// "Council | Prevention element (£) | Temporary accommodation element
// (£) | Total (£)": the total column is the grant; beside a match
// column, "Total (£)" is the project's cost and the grant column stands.
func TestElementsAndTotalColumn(t *testing.T) {
	r := parseHTML(t, `<table><tr><td>Council</td><td>Prevention element (£)</td><td>Temporary accommodation element (£)</td><td>Total (£)</td></tr><tr><td>Redbourne City Council</td><td>2,418,000</td><td>3,906,500</td><td>6,324,500</td></tr></table>`)
	if got := awardList(r); got != "Redbourne City Council 6324500" {
		t.Errorf("awards %q", got)
	}
	r = parseHTML(t, `<table><tr><td>Organisation</td><td>Grant (£)</td><td>Match funding (£)</td><td>Total (£)</td></tr><tr><td>Redbourne Trust</td><td>40,000</td><td>10,000</td><td>50,000</td></tr></table>`)
	if got := awardList(r); got != "Redbourne Trust 40000" {
		t.Errorf("awards %q", got)
	}
}

// On a council's page titled "... renewal in Ballycarran, Kilbrack and
// Dromane", "Ballycarran – €750,000 to redesign Market Square" is the
// council's grant for a town's project; other one-word labels are not.
func TestTitledPlaceLabelIsCouncils(t *testing.T) {
	page := `<html><head><title>€2.2 million for town centre renewal in Ballycarran and Kilbrack | Carrowmore County Council</title></head><body><article><h1>€2.2 million for town centre renewal in Ballycarran and Kilbrack</h1><p>Carrowmore County Council has welcomed €2.2 million under the Town Centre Renewal Scheme for two projects in the county.</p><ul><li>Ballycarran – €750,000 to redesign Market Square.</li><li>Kilbrack – €1.45 million to restore the Harbour Master's House.</li><li>Oxfam – €5,000 for a shop front.</li></ul></article></body></html>`
	r := parsePage(t, page, Meta{})
	if got := awardList(r); got != "Carrowmore County Council 750000|Carrowmore County Council 1450000|Oxfam 5000" {
		t.Errorf("awards %q", got)
	}
}

// "We will also put £900,000 from our own capital programme into the
// remediation" is the council's own money.
func TestFromOurOwnNoAward(t *testing.T) {
	r := parsePage(t, `<html><head><title>Gasworks site secures £2.1m | Pendlebrook Borough Council</title></head><body><article><p>Pendlebrook Borough Council has been awarded £2.1m from the Brownfield Land Release Fund. We will also put £900,000 from our own capital programme into the remediation.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Pendlebrook Borough Council 2100000" {
		t.Errorf("awards %q", got)
	}
}

// "Castlegate Regeneration Partnership, a joint venture between Haverdale
// City Council and Elmstone Developments – £3.1m to remediate ...": the
// body before its description.
func TestLabelBodyThenDescription(t *testing.T) {
	r := parseHTML(t, `<p>The second round awards are:</p><ul><li>Castlegate Regeneration Partnership, a joint venture between Haverdale City Council and Elmstone Developments – £3.1m to remediate the former tannery</li></ul>`)
	if got := awardList(r); got != "Castlegate Regeneration Partnership 3100000" {
		t.Errorf("awards %q", got)
	}
}

// "A consortium led by Falmouth-area boatbuilder Caldwater Marine Ltd":
// the lead is the company after its description.
func TestLedByDescribedCompany(t *testing.T) {
	r := parseHTML(t, `<p>A consortium led by Falmouth-area boatbuilder Caldwater Marine Ltd has been awarded more than £3.4m to build an electric ferry.</p>`)
	if got := awardList(r); got != "Caldwater Marine Ltd 3400000" {
		t.Errorf("awards %q", got)
	}
}

// "has been awarded an R&D grant of £1,250,000": the words between the
// verb and the figure may hold an ampersand.
func TestRAndDGrantOf(t *testing.T) {
	r := parseHTML(t, `<p>Stravaig Robotics Ltd, which designs inspection robots, has been awarded an R&amp;D grant of £1,250,000 to develop a crawler robot.</p>`)
	if got := awardList(r); got != "Stravaig Robotics Ltd 1250000" {
		t.Errorf("awards %q", got)
	}
}

// "The Agency has selected 12 small and medium-sized enterprises ... to
// receive a total of €18 million" is a batch of twelve, not the agency's
// grant.
func TestSelectedNToReceive(t *testing.T) {
	r := parseHTML(t, `<p>The Baltic–North Sea Innovation Agency (BNSIA) has selected 12 small and medium-sized enterprises from seven countries to receive a total of €18 million in grants under its Blue Economy Scale-up Programme.</p>`)
	if len(r.Awards) != 0 || roundList(r) != "18000000/12" {
		t.Errorf("awards %q rounds %q", awardList(r), roundList(r))
	}
}

// "The Electrification Scale-up Fund’s first round, in 2027, awarded 31
// million pounds to 19 companies": the fund's name before the comma is
// no grantee's label but the round's.
func TestFundsRoundCommaLabel(t *testing.T) {
	r := parsePage(t, `<html><head><meta property="article:published_time" content="2028-10-01"></head><body><article><p>The award is one of 23 projects sharing 42 million pounds in the third round of the Electrification Scale-up Fund.</p><p>The Electrification Scale-up Fund’s first round, in 2027, awarded 31 million pounds to 19 companies.</p></article></body></html>`, Meta{})
	if got := roundList(r); got != "42000000/23|31000000/19" {
		t.Errorf("rounds %q", got)
	}
}

// "the second wave of its Schools Renewal Programme, worth £74.5
// million" is the wave's total; "12 projects at 12 schools have been
// approved, with grant totalling £9,482,300" a batch of twelve.
func TestWaveOfFundWorthAndGrantTotalling(t *testing.T) {
	r := parseHTML(t, `<p>Pupils will learn in new classrooms after the government confirmed the second wave of its Schools Renewal Programme, worth £74.5 million.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || len(r.Limits) != 0 {
		t.Errorf("rounds %+v limits %+v", r.Rounds, r.Limits)
	}
	r = parseHTML(t, `<p>In this area, 12 projects at 12 schools have been approved, with grant totalling £9,482,300.</p>`)
	if got := roundList(r); got != "9482300/12" {
		t.Errorf("rounds %q", got)
	}
}

// "St Brannoc’s Hospice in North Tamarside is the latest organisation to
// receive funding ... The trustees have agreed a grant of up to £75,000
// over two years to help the hospice ...": the hospice's grant, hedged,
// not a cap.
func TestTrusteesAgreedGrantToHelpTheKind(t *testing.T) {
	r := parseHTML(t, `<p>We are pleased to announce that St Brannoc’s Hospice in North Tamarside is the latest organisation to receive funding from our Compassionate Communities Fund.</p><p>The trustees have agreed a grant of up to £75,000 over two years to help the hospice launch an overnight service.</p>`)
	if got := awardList(r); got != "St Brannoc’s Hospice 75000" || len(r.Caps) != 0 {
		t.Errorf("awards %q caps %+v", got, r.Caps)
	}
}

// "Prairie Signal Labs Inc., a developer of sensors that monitor grain
// bins, will receive ...": the name, its full stop kept, before an
// appositive whose "that" opens no reported clause.
func TestAppositiveAfterIncWithThat(t *testing.T) {
	r := parseHTML(t, `<p>Prairie Signal Labs Inc., a developer of low-power wireless sensors that monitor grain bins for spoilage, will receive a non-repayable contribution of $450,000 to expand its engineering team.</p>`)
	if got := awardList(r); got != "Prairie Signal Labs Inc 450000" {
		t.Errorf("awards %q", got)
	}
}

// "£14.2m in each of 2027-28, 2028-29 and 2029-30" is three years'
// grant, one part a year; "NHS Ardmuir" names a body.
func TestInEachOfYears(t *testing.T) {
	r := parseHTML(t, `<p>NHS Ardmuir will receive £14.2m in each of 2027-28, 2028-29 and 2029-30.</p>`)
	if got := awardList(r); got != "NHS Ardmuir 42600000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) == 1 && (len(r.Awards[0].Tranches) != 3 || r.Awards[0].Tranches[2].Period != "2029/30") {
		t.Errorf("tranches %+v", r.Awards[0].Tranches)
	}
	if !orgName("NHS Ardmuir") {
		t.Error("orgName(NHS Ardmuir) = false")
	}
}

// "the average grant under the previous programme was around £1.3
// million" is a grant's size, not the fund's limit.
func TestAverageGrantNoLimit(t *testing.T) {
	r := parseHTML(t, `<p>The call for evidence asks how the Regional Innovation Scale-up Fund should work. It also noted that the average grant under the previous programme was around £1.3 million.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "the Department for Education and Skills' £180m FE Capital Renewal
// Fund": a plural owner's apostrophe before the fund's budget.
func TestPluralOwnersFundBudget(t *testing.T) {
	r := parseHTML(t, `<p>The money comes from the Department for Education and Skills' £180m FE Capital Renewal Fund.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 180000000 || r.Limits[0].Fund != "FE Capital Renewal Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "three Riverbend schools have been successful in the second round ...
// £6.9 million" then "In this round it awarded £118m to 64 schools across
// England": the round is the whole batch.
func TestAcrossEnglandWiderBatch(t *testing.T) {
	r := parseHTML(t, `<p>Three Riverbend schools have been successful in the second round of the Sustainable Schools Capital Fund, sharing £6.9 million.</p><p>In this round it awarded £118m to 64 schools across England.</p>`)
	if got := roundList(r); got != "118000000/64" {
		t.Errorf("rounds %q", got)
	}
}

// "Around 71 % of the programme’s €128 million EU allocation for
// 2021-2027 is committed": the programme's budget.
func TestProgrammesEUAllocation(t *testing.T) {
	r := parseHTML(t, `<p>The Eifel-Ardennes Cooperation Programme approved two projects.</p><p>Around 71 % of the programme’s €128 million EU allocation for 2021-2027 is committed.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 128000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "The fund is run by the Office for Clean Vehicles and is distributing
// £381 million to English local transport authorities": the fund's
// budget, no award.
func TestFundIsDistributing(t *testing.T) {
	r := parseHTML(t, `<p>The Neighbourhood Charging Infrastructure Fund helps councils install chargepoints.</p><p>The fund is run by the Office for Clean Vehicles and is distributing £381 million to English local transport authorities.</p>`)
	if len(r.Awards) != 0 || len(r.Limits) != 1 || r.Limits[0].Amount != 381000000 {
		t.Errorf("awards %q limits %+v", awardList(r), r.Limits)
	}
}

// "This quarter's awards total 4.8 million pounds across 19 clubs and
// community organisations": a batch of nineteen.
func TestQuartersAwardsTotalAcross(t *testing.T) {
	r := parseHTML(t, `<p>The Lottery Sports Fund panel met on 19 March.</p><p>This quarter's awards total 4.8 million pounds across 19 clubs and community organisations.</p>`)
	if got := roundList(r); got != "4800000/19" {
		t.Errorf("rounds %q", got)
	}
}

// "through NPDC’s Prairie Growth Program": an agency known by its
// initials owns the programme, so "the program"'s budget is its limit.
func TestAcronymOwnersProgramme(t *testing.T) {
	r := parseHTML(t, `<p>The minister announced federal investments in three organizations through NPDC’s Prairie Growth Program.</p><p>The program helps businesses scale up. Budget 2026 provided $95 million over three years to the program.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Prairie Growth Program" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "will receive “around £2 million”": quotation marks round the figure
// alone leave it the verb's object.
func TestQuotedFigure(t *testing.T) {
	r := parseHTML(t, `<p>Among the other companies named, Anodyne Materials Ltd, which makes anode powders, will receive “around £2 million” to scale up a reactor, according to the announcement.</p>`)
	if got := awardList(r); got != "Anodyne Materials Ltd 2000000" || r.Awards[0].Qualifier == nil || *r.Awards[0].Qualifier != "around" {
		t.Errorf("awards %q", got)
	}
}

// "First Technology Commercialization Round of Fiscal Year 2028": a
// period after "round of", not the programme's name.
func TestRoundOfFiscalYear(t *testing.T) {
	r := parseHTML(t, `<h1>Agency Awards $3.2 Million to Four Startups in First Technology Commercialization Round of Fiscal Year 2028</h1><p>The Board today approved $3.2 million in grants to four early-stage technology companies through the Technology Commercialization Grant Program.</p>`)
	for _, f := range r.Funds {
		if strings.Contains(f, "Year") {
			t.Errorf("fund %q", f)
		}
	}
	if got := roundList(r); got != "3200000/4" {
		t.Errorf("rounds %q", got)
	}
}

// "Allocation 2026/27 | 2025/26 allocation (for comparison)": last
// year's column is there to compare; this year's is the award.
func TestTableComparisonColumn(t *testing.T) {
	r := parseHTML(t, `<p>Table 1: Victims Fund allocations, 2026/27</p><table><tr><th>Police and Crime Commissioner</th><th>Allocation 2026/27</th><th>2025/26 allocation (for comparison)</th></tr><tr><td>Police and Crime Commissioner for Eastwold</td><td>£1,112,900</td><td>£1,048,600</td></tr><tr><td>Police and Crime Commissioner for Kenmoor</td><td>£1,250,000</td><td>£1,176,450</td></tr></table>`)
	if got := awardList(r); got != "Police and Crime Commissioner for Eastwold 1112900|Police and Crime Commissioner for Kenmoor 1250000" {
		t.Errorf("awards %q", got)
	}
}

// "the Victims’ Resilience Fund": a plural holder that is part of the
// fund's name, not an owner before it.
func TestGroupPossessiveFundName(t *testing.T) {
	r := parseHTML(t, `<p>The Ministry of Justice is making £38.5 million available through the Victims’ Resilience Fund in 2026/27.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Victims' Resilience Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// Converted PDF lines placed by their style, with the position in the
// class: <p class="t" style="top:135px;left:72px">, wrapped sentences
// joined.
func TestPlacedParagraphLines(t *testing.T) {
	var b strings.Builder
	lines := []string{"1.1 The Ministry of Justice is making £38.5 million available through the Safe Homes Fund in", "2026/27 to support community-based services for victims of crime, with a particular focus on", "domestic abuse.", "1.2 Most of the fund is allocated to police and crime commissioners, who commission local", "services.", "1.3 Allocations are calculated using a formula which takes account of population,", "recorded crime and deprivation.", "1.4 Grant agreements are signed each spring."}
	for i, l := range lines {
		fmt.Fprintf(&b, `<p class="t" style="top:%dpx;left:72px">%s</p>`, 135+18*i, l)
	}
	r := parseHTML(t, b.String())
	if len(r.Limits) != 1 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2026/27" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// A round told as one to come stays so: "up to £8m is available in
// 2029/30 for a second round, which will open in the spring" and then
// "to make sure the second round reflected lessons from the first" do
// not make the awards just told round 2's.
func TestFutureRoundStaysFuture(t *testing.T) {
	r := parseHTML(t, `<p>Three fire services share £2.7m for rescue kit</p><p>Three fire and rescue services have been awarded a combined £2.7m in the first round of the Fire Resilience Grant.</p><p>Westmarch Fire and Rescue Service receives the largest award, £1.1m.</p><p>The Home Office said that up to £8m is available in 2029/30 for a second round, which will open in the spring.</p><p>The forum said it would work to make sure the second round reflected lessons from the first.</p>`)
	if got := roundList(r); got != "2700000/3" || len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 {
		t.Errorf("rounds %q %+v", got, r.Rounds)
	}
}

// A participatory-budgeting ballot: "Amount requested | Votes |
// Result" or "Cost | Result" over "Funded" and "Not funded"; the bids
// marked funded get what they asked for, the others nothing.
func TestFundedStatusColumn(t *testing.T) {
	for _, h := range []string{"Amount requested", "Cost"} {
		r := parseHTML(t, `<p>The table shows the projects in order of votes received.</p><table><tr><th>Project</th><th>Proposed by</th><th>`+h+`</th><th>Votes</th><th>Result</th></tr><tr><td>Community fridge</td><td>Millbrook Community Pantry</td><td>£4,800</td><td>1,126</td><td>Funded</td></tr><tr><td>Skate ramps</td><td>Eastgate Wheels CIC</td><td>£12,000</td><td>1,018</td><td>Funded</td></tr><tr><td>Carnival</td><td>Eastgate Carnival Committee</td><td>£10,000</td><td>588</td><td>Not funded</td></tr></table>`)
		if got := awardList(r); got != "Millbrook Community Pantry 4800|Eastgate Wheels CIC 12000" {
			t.Errorf("%s: awards %q", h, got)
		}
	}
}

// "Total project cost £86,500, grant £34,600 (40%)" in a table's
// funding cell: the grant is the figure the cell calls so.
func TestCellNamesTheGrant(t *testing.T) {
	r := parseHTML(t, `<p>Details of the approved projects are below.</p><table><tr><th>Applicant</th><th>Project</th><th>Funding</th></tr><tr><td>Brackenholme Farm Shop Ltd</td><td>A walk-in cold store</td><td>Total project cost £86,500, grant £34,600 (40%)</td></tr><tr><td>Thorncliff Village Hall Committee</td><td>Solar panels</td><td>Total project cost £61,250, grant £49,000 (80%)</td></tr></table>`)
	if got := awardList(r); got != "Brackenholme Farm Shop Ltd 34600|Thorncliff Village Hall Committee 49000" {
		t.Errorf("awards %q", got)
	}
}

// "At Otterhay Farm Care Farm CIC, where ..., a grant of £12,000 will
// pay for a shelterbelt": the place the sentence opens at holds the
// grant; "At the meeting, a grant of £500 ..." names no one.
func TestAtPlaceGrant(t *testing.T) {
	r := parseHTML(t, `<p>At Otterhay Farm Care Farm CIC, where adults with learning disabilities work alongside the farm team, a grant of £12,000 will pay for a shelterbelt.</p><p>At Tregarrow Farm, a dairy run by two brothers, the Minister saw new LED lighting in the sheds, paid for with a grant of £48,750.</p><p>At the meeting, a grant of £500 was discussed.</p>`)
	if got := awardList(r); got != "Otterhay Farm Care Farm CIC 12000|Tregarrow Farm 48750" {
		t.Errorf("awards %q", got)
	}
}

// An allocation decision's lettered items: "a) Solidarité Terrain
// International" over "Winterised family tents ... – €750,000"; the
// item names the grantee of the line under it.
func TestLetteredItemOverDashFigure(t *testing.T) {
	r := parseHTML(t, `<p>The Director of Programmes approves the following grants to partner organisations.</p><p>a) Solidarité Terrain International</p><p>Winterised family tents, insulation kits and stoves for 3,500 households – €750,000</p><p>b) Hilfswerk Morgenrot e.V.</p><p>Mobile health teams and trauma care – EUR 1.2 million</p><p>c) Acqua per Tutti ONG</p><p>Emergency water trucking and hygiene kits – EUR 430,000</p>`)
	if got := awardList(r); got != "Solidarité Terrain International 750000|Hilfswerk Morgenrot 1200000|Acqua per Tutti ONG 430000" {
		t.Errorf("awards %q", got)
	}
}

// "The Emergency Response Window has an envelope of EUR 12 million":
// a funding window is a fund, its envelope the limit.
func TestWindowEnvelopeLimit(t *testing.T) {
	r := parseHTML(t, `<p>The Emergency Response Window has an envelope of EUR 12 million for calendar year 2029.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Emergency Response Window" || r.Limits[0].Amount != 12000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "agreed to release €400,000 from its Emergency Reserve to the Emerald
// Cross Relief Society": releasing money to a body gives it; the
// reserve it comes from is passed over.
func TestReleaseFromReserveTo(t *testing.T) {
	r := parseHTML(t, `<p>The board agreed to release €400,000 from its Emergency Reserve to the Emerald Cross Relief Society, to support families.</p>`)
	if got := awardList(r); got != "Emerald Cross Relief Society 400000" {
		t.Errorf("awards %q", got)
	}
}

// "The council has released £2m to Ashby Town FC": a funder's verb.
func TestReleasedTo(t *testing.T) {
	r := parseHTML(t, `<p>The council has released £2m to Ashby Town FC.</p>`)
	if got := awardList(r); got != "Ashby Town FC 2000000" {
		t.Errorf("awards %q", got)
	}
}

// "Lesser Tarnby City Council: £2.1 million, the largest payment so
// far": a superlative before "so far" compares this payment with the
// others; it is not a running total.
func TestLargestSoFarNotCumulative(t *testing.T) {
	r := parseHTML(t, `<p>The following payments have been made:</p><ul><li>Wexcombe Borough Council: £950,000</li><li>Lesser Tarnby City Council: £2.1 million, the largest payment so far, reflecting flooding in 3,900 homes</li></ul>`)
	if got := awardList(r); got != "Wexcombe Borough Council 950000|Lesser Tarnby City Council 2100000" {
		t.Errorf("awards %q", got)
	}
	if !cumulativeCue("in total, £4.5m has been paid so far") {
		t.Error("running total not read")
	}
}

// "will receive an initial £2 million ..., with a further £3 million to
// follow once ...": the first payment is made, the rest is not yet.
func TestInitialPayment(t *testing.T) {
	r := parseHTML(t, `<p>Penhallow County Council will receive an initial £2 million under the Emergency Council Support Scheme, with a further £3 million to follow once the council has completed its assessment of damage.</p><p>The Ministry has paid an interim £500,000 to Trevanning Borough Council.</p>`)
	if got := awardList(r); got != "Penhallow County Council 2000000|Trevanning Borough Council 500000" {
		t.Errorf("awards %q", got)
	}
}

// "Year | Budget | Learners | Spend per learner" for three years that
// ended before a report published in 2028: what was spent, no budget to
// come. The same table reaching the report's own year gives limits.
func TestPastBudgetTable(t *testing.T) {
	table := func(last string) string {
		return `<html><head><meta property="article:published_time" content="2028-03-09"></head><body><main><h1>Evaluation of community learning</h1><p>Table 1: Community Learning Grant budget and learners</p><table><tr><th>Year</th><th>Budget</th><th>Learners</th></tr><tr><td>2024/25</td><td>£3.05m</td><td>2,520</td></tr><tr><td>` + last + `</td><td>£2.95m</td><td>2,583</td></tr></table></main></body></html>`
	}
	if r := parsePage(t, table("2025/26"), Meta{}); len(r.Limits) != 0 {
		t.Errorf("past years: %+v", r.Limits)
	}
	if r := parsePage(t, table("2027/28"), Meta{}); len(r.Limits) != 2 {
		t.Errorf("this year: %+v", r.Limits)
	}
}

// "Stourleigh College is to build a new Green Construction Skills
// Centre at its campus after securing £2.35m": the sentence's subject
// secured it, comma or none.
func TestAfterSecuringNoComma(t *testing.T) {
	r := parseHTML(t, `<p>Stourleigh College is to build a new Green Construction Skills Centre at its Weir Lane campus after securing £2.35m in the second round of the Green Skills Capital Fund.</p>`)
	if got := awardList(r); got != "Stourleigh College 2350000" {
		t.Errorf("awards %q", got)
	}
}

// "advertised at Grade 7 (£34,314 – £37,938) for 12 months": a time,
// not twelve recipients sharing a batch.
func TestForMonthsNoBatch(t *testing.T) {
	r := parseHTML(t, `<p>The partnership has been allocated £186,000 from the Anti-Social Behaviour Hotspot Fund for 2028/29.</p><p>Officers explained that:</p><ul><li>the core budget was unaffected;</li><li>the temporary co-ordinator post would be advertised at Grade 7 (£34,314 – £37,938) for 12 months;</li></ul>`)
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// A state-funded programme's page: "Second-round grants will connect
// ..." names no fund; "The program is funded through a state
// appropriation of $4 million" is its limit; the grantees' "$1.2 million
// in matching funds" makes no second batch.
func TestAppropriationAndMatchingFunds(t *testing.T) {
	r := parseHTML(t, `<p>Second-round grants will connect young people with paid work experience.</p><p>The Board announced $3.5 million in grants to seven organizations in the second round of the Youth Career Pathways Grant Program.</p><p>The program is funded through a state appropriation of $4 million for fiscal year 2028.</p><p>Together, grantees have committed $1.2 million in matching funds and in-kind support from employers.</p>`)
	if strings.Join(r.Funds, "|") != "Youth Career Pathways Grant Program" {
		t.Errorf("funds %q", r.Funds)
	}
	if got := roundList(r); got != "3500000/7" {
		t.Errorf("rounds %q", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 4000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "... fall outside the Emergency Financial Assistance Scheme." then
// "The first round of the fund ... shared £6m between 17 projects": "the
// fund" is the last fund so named, not the scheme just mentioned.
func TestTheFundByItsNoun(t *testing.T) {
	r := parseHTML(t, `<p>Greyhaven Borough Council has secured the largest award in the second round of the Coastal Storm Recovery Fund, which has handed £8.5m to 23 projects.</p><p>The fund pays for repairs that fall outside the Emergency Financial Assistance Scheme.</p><p>The first round of the fund, announced in March, shared £6m between 17 projects.</p>`)
	for _, rd := range r.Rounds {
		if rd.Fund != "Coastal Storm Recovery Fund" {
			t.Errorf("round %+v", rd)
		}
	}
	if len(r.Rounds) != 2 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "In 2027-28, Ashwold District Council received £412,000 and in
// 2028-29 £388,500": each year before its figure, one award of two
// tranches.
func TestYearFirstTranches(t *testing.T) {
	r := parseHTML(t, `<p>In 2027-28, Ashwold District Council received £412,000 and in 2028-29 £388,500.</p>`)
	if got := awardList(r); got != "Ashwold District Council 800500" || len(r.Awards[0].Tranches) != 2 || r.Awards[0].Tranches[1].Period != "2028/29" {
		t.Errorf("awards %q %+v", got, r.Awards)
	}
}

// "The largest single grant, £14.2 million to the Northgate Combined
// Authority ..., accounts for almost 7% of all spending to date": a
// share of the running total, not the total itself.
func TestShareOfSpendingToDate(t *testing.T) {
	r := parseHTML(t, `<p>Funding has been concentrated in a few large awards. The largest single grant, £14.2 million to the Northgate Combined Authority for its digital skills academy, accounts for almost 7% of all spending to date.</p>`)
	if got := awardList(r); got != "Northgate Combined Authority 14200000" {
		t.Errorf("awards %q", got)
	}
	if !cumulativeCue("the department has spent £214 million to date") {
		t.Error("running total not read")
	}
}

// "More than £6.4m will be shared by 38 community venues across Wales":
// the count's plural may follow words that qualify it.
func TestSharedByQualifiedPlural(t *testing.T) {
	r := parseHTML(t, `<p>The Community Venues Renewal Grant supports halls.</p><p>I am pleased to announce that more than £6.4m will be shared by 38 community venues across Wales in this year's awards.</p>`)
	if got := roundList(r); got != "6400000/38" {
		t.Errorf("rounds %q", got)
	}
}

// "A further award of around £2 million will support the Atoll
// Tide-Gauge Network": the figure opens the sentence after "a further
// award of", as after "an award of".
func TestFurtherAwardWillSupport(t *testing.T) {
	r := parseHTML(t, `<p>A further award of around £2 million will support the Atoll Tide-Gauge Network, a consortium of small-island meteorological services, to replace ageing sea-level gauges.</p>`)
	if got := awardList(r); got != "Atoll Tide-Gauge Network 2000000" {
		t.Errorf("awards %q", got)
	}
}

// "the committee agreed grants totalling £6,925 to 9 groups": the count
// after the figure is the batch's.
func TestGrantsTotallingToGroups(t *testing.T) {
	r := parseHTML(t, `<p>The committee met to consider applications in the second round of the Town Council's Community Grants.</p><p>In this second round the committee agreed grants totalling £6,925 to 9 groups, as set out below.</p>`)
	if got := roundList(r); got != "6925/9" {
		t.Errorf("rounds %q", got)
	}
}

// "The Council's community grants budget for 2026/27 is £15,000": the
// page's Community Grants named in lower case own the budget; a
// council's own budget ("the council's capital budget") still does not.
func TestFundBudgetInLowerCase(t *testing.T) {
	r := parseHTML(t, `<h1>Community Grants: Round 2 awards 2026/27</h1><p>The committee considered applications in the second round of the Town Council's Community Grants for 2026/27.</p><p>The Council's community grants budget for 2026/27 is £15,000.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Community Grants" || r.Limits[0].Amount != 15000 {
		t.Errorf("limits %+v", r.Limits)
	}
	if r := parseHTML(t, `<h1>Community Grants</h1><p>The Council's capital budget for 2026/27 is £1.5m.</p>`); len(r.Limits) != 0 {
		t.Errorf("own budget: %+v", r.Limits)
	}
}

// "Villagers win £250,000 to buy the Plough at Kelderby": people, no
// body to hold the grant.
func TestVillagersWinNoRecipient(t *testing.T) {
	r := parseHTML(t, `<h1>Villagers win £250,000 to buy the Plough at Kelderby</h1><p>Campaigners say they can see the finish line.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// "That's up from the first round last autumn, when £85,000 went to 11
// campaigns": a round gone by ("last autumn"), its total and count; this
// round is not the first.
func TestFirstRoundLastAutumn(t *testing.T) {
	r := parseHTML(t, `<p>In this round the foundation has pledged £120,000 to 14 campaigns across the valleys. That's up from the first round last autumn, when £85,000 went to 11 campaigns.</p>`)
	if got := roundList(r); got != "120000/14|85000/11" {
		t.Errorf("rounds %q", got)
	}
	if r.Rounds[0].Round != nil {
		t.Errorf("this round numbered %d", *r.Rounds[0].Round)
	}
	r = parseHTML(t, `<p>The Crowd Fund has opened round two.</p><p>In the first round, £85,000 went to 11 groups.</p>`)
	if got := roundList(r); got != "85000/11" {
		t.Errorf("rounds %q", got)
	}
}

// "Closer to home for many fruit growers, the Carnby Apple Growers'
// Association was awarded £187,400": a phrase set before the subject,
// whose "for" does not end it.
func TestFrontedPhraseBeforeSubject(t *testing.T) {
	r := parseHTML(t, `<p>Closer to home for many fruit growers, the Carnby Apple Growers' Association was awarded £187,400 for a shared cold store.</p>`)
	if got := awardList(r); got != "Carnby Apple Growers' Association 187400" {
		t.Errorf("awards %q", got)
	}
}

// "The Three Shires Milk Group, which represents 35 dairy farmers,
// receives £500k": a body whose name opens with a number word, not three
// groups; "Three councils receive £2m" still counts three.
func TestNumberedName(t *testing.T) {
	r := parseHTML(t, `<p>The Three Shires Milk Group, which represents 35 dairy farmers, receives £500k to test a shared micro-dairy.</p>`)
	if got := awardList(r); got != "Three Shires Milk Group 500000" || len(r.Rounds) != 0 {
		t.Errorf("awards %q rounds %+v", got, r.Rounds)
	}
	r = parseHTML(t, `<p>Three councils receive £2m from the Flood Fund.</p>`)
	if got := roundList(r); got != "2000000/3" {
		t.Errorf("rounds %q", got)
	}
}

// "Four projects ... were announced Wednesday at the Port Caddis wharf,
// sharing $2.25 million": the participle's subject is the counted
// group, not the place named last.
func TestParticipleSharesClauseSubject(t *testing.T) {
	r := parseHTML(t, `<p>The Coastal Fisheries Modernization Fund pays for boats.</p><p>Four projects were announced Wednesday at the Port Caddis wharf, sharing $2.25 million in all.</p>`)
	if got := roundList(r); got != "2250000/4" || len(r.Awards) != 0 {
		t.Errorf("rounds %q awards %q", got, awardList(r))
	}
}

// "Measure 16.1: up to £60,000 per co-operation project": a programme's
// measure by its code, no grantee.
func TestMeasureCodeNoRecipient(t *testing.T) {
	r := parseHTML(t, `<p>The programme's measures are set out below.</p><ul><li>Measure 16.1: up to £60,000 per co-operation project</li></ul>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// "We propose a budget of £18 million over three years": a consultation's
// proposal, no budget yet; "The proposed budget is £18 million" neither.
func TestProposedBudgetNoLimit(t *testing.T) {
	for _, p := range []string{"We propose a budget of £18 million over three years, subject to approval.", "The proposed budget is £18 million over three years."} {
		if r := parseHTML(t, `<p>The Inshore Fleet Transition Scheme would help small boats.</p><p>`+p+`</p>`); len(r.Limits) != 0 {
			t.Errorf("%s: limits %+v", p, r.Limits)
		}
	}
}

// "Support for preparing plans of up to £30,000 is available through the
// Woodland Planning Grant": what one applicant may get, a per-bid cap;
// "Up to £8m is available for a second round" stays the fund's.
func TestSupportOfUpToIsCap(t *testing.T) {
	r := parseHTML(t, `<p>Support for preparing plans of up to £30,000 is available through the Woodland Planning Grant.</p>`)
	if len(r.Limits) != 0 || len(r.Caps) != 1 || r.Caps[0].Amount != 30000 {
		t.Errorf("limits %+v caps %+v", r.Limits, r.Caps)
	}
	r = parseHTML(t, `<p>The Fire Resilience Grant helps services.</p><p>Up to £8m is available in 2029/30 for a second round.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 8000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "A further £75,000 remains available in 2026/27 for a fourth round":
// a round money is kept for is still to come, so the batch told is the
// third round the page names, under a "Round 4" heading or not.
func TestAvailableForARoundIsFuture(t *testing.T) {
	r := parseHTML(t, `<h1>Rural Community Fund: round 3 grants awarded</h1><p>The panel met to consider applications to the third round.</p><p>The panel awarded a total of £71,420 to 9 projects.</p><h2>Round 4</h2><p>A further £75,000 remains available in 2026/27 for a fourth round.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 3 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "£2.5 million is available in each of 2027/28 and 2028/29": the
// budget of each year, two limits.
func TestAvailableInEachOfYears(t *testing.T) {
	r := parseHTML(t, `<p>The Retail Crime Prevention Fund helps forces.</p><p>£2.5 million is available in each of 2027/28 and 2028/29.</p>`)
	if len(r.Limits) != 2 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" || r.Limits[1].Period == nil || *r.Limits[1].Period != "2028/29" || r.Limits[1].Amount != 2500000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Nationally, the grant is worth £16.5 million in 2028/29": the whole
// of the grant just named, its limit, not one service's share.
func TestNationallyTheGrantIsWorth(t *testing.T) {
	r := parseHTML(t, `<p>Kenmoor Fire and Rescue Service receives £212,000 from the Fire Protection Uplift Grant.</p><p>Nationally, the grant is worth £16.5 million in 2028/29.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Fire Protection Uplift Grant" || r.Limits[0].Amount != 16500000 {
		t.Errorf("limits %+v", r.Limits)
	}
	if got := awardList(r); got != "Kenmoor Fire and Rescue Service 212000" {
		t.Errorf("awards %q", got)
	}
}

// "The following 7 bids were successful. Funding totalling £3,114,000
// will be paid across the two financial years": the batch just counted.
func TestFundingTotallingWillBePaid(t *testing.T) {
	r := parseHTML(t, `<p>The Retail Crime Prevention Fund helps forces.</p><p>The following 7 bids were successful in round 1. Funding totalling £3,114,000 will be paid across the two financial years as set out below.</p>`)
	if got := roundList(r); got != "3114000/7" {
		t.Errorf("rounds %q", got)
	}
}

// "has approved the 2027 First Standard Allocation of the Marenzia
// Humanitarian Pooled Fund, channelling US$11.1 million to eight
// partners": a pooled fund's allocation is its round.
func TestStandardAllocationIsRound(t *testing.T) {
	r := parseHTML(t, `<p>The Humanitarian Coordinator has approved the 2027 First Standard Allocation of the Marenzia Humanitarian Pooled Fund, channelling US$11.1 million to eight partners.</p>`)
	if got := roundList(r); got != "11100000/8" || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 {
		t.Errorf("rounds %q %+v", got, r.Rounds)
	}
}

// "The five grants total $745,000": the batch just told, five strong.
func TestTheFiveGrantsTotal(t *testing.T) {
	r := parseHTML(t, `<p>The Meridian Ridge Foundation has approved the first grants from its Gulf Coast Rapid Response Fund. The five grants total $745,000 and go to organizations already working in the area.</p>`)
	if got := roundList(r); got != "745000/5" {
		t.Errorf("rounds %q", got)
	}
}

// Gifts coming in are no budget: "1,900 individuals have donated
// $312,000 to the Wildfire Hardship Fund", "donors have given a combined
// $418,000 to the fund"; but "thanks to our donors, £25,000 is
// available" is one.
func TestDonationsNoLimit(t *testing.T) {
	for _, p := range []string{"Since the fire, 1,900 individuals and businesses have donated $312,000 to the Wildfire Hardship Fund.", "Since the storm, more than 2,300 donors have given a combined $418,000 to the fund."} {
		if r := parseHTML(t, `<p>The Wildfire Hardship Fund helps families.</p><p>`+p+`</p>`); len(r.Limits) != 0 {
			t.Errorf("%s: limits %+v", p, r.Limits)
		}
	}
	if r := parseHTML(t, `<p>The Wildfire Hardship Fund helps families.</p><p>This year, thanks to our local donors, £25,000 is available through the Wildfire Hardship Fund.</p>`); len(r.Limits) != 1 {
		t.Errorf("available: %+v", r.Limits)
	}
}

// "the Shire of Mallee Ridge and the Nangeela Cricket Club, in a joint
// application – $500,000 for ... at the Nangeela Recreation Reserve":
// the joint applicants, not the place in the purpose.
func TestJointApplicationLabel(t *testing.T) {
	r := parseHTML(t, `<ul><li>Yallara Bowls Club – $182,500 for a synthetic green;</li><li>the Shire of Mallee Ridge and the Nangeela Cricket Club, in a joint application – $500,000 for new turf wickets at the Nangeela Recreation Reserve.</li></ul>`)
	if got := recipients(r); got != "Yallara Bowls Club|Shire of Mallee Ridge and the Nangeela Cricket Club" {
		t.Errorf("awards %q", got)
	}
}

// "Ashby Town Council and Ravensmoor District Council, which bid
// jointly, will share £2.1m": a joint grant to the two bodies; the
// relative clause is no third sharer.
func TestJointBidRelativeClause(t *testing.T) {
	r := parseHTML(t, `<p>Ashby Town Council and Ravensmoor District Council, which bid jointly, will share £2.1m.</p>`)
	if got := awardList(r); got != "Ashby Town Council and Ravensmoor District Council 2100000" || len(r.Rounds) != 0 {
		t.Errorf("awards %q rounds %+v", got, r.Rounds)
	}
}

// "Cawdell Borough Council has £1.94m for 16 homes" among awards, or
// "... from the Local Authority Housing Fund": the body has the grant,
// the homes are what it buys.
func TestBodyHasFigureFor(t *testing.T) {
	for _, p := range []string{
		`<p>The largest award goes to Bristmoor City Council, which receives £2.85m to buy 24 flats. Cawdell Borough Council has £1.94m for 16 homes, and Lynchester City Council will get more than £1.6m to lease homes.</p>`,
		`<p>Lynchester City Council will get £1.6m to lease homes, and Cawdell Borough Council has £1.94m for 16 homes.</p>`,
		`<p>Cawdell Borough Council has £1.94m for 16 homes from the Local Authority Housing Fund.</p>`,
	} {
		r := parseHTML(t, p)
		if !strings.Contains(awardList(r), "Cawdell Borough Council 1940000") || len(r.Rounds) != 0 {
			t.Errorf("%.40s: awards %q rounds %+v", p, awardList(r), r.Rounds)
		}
	}
	if r := parseHTML(t, `<p>The council has £500,000 to spend on roads this year.</p>`); len(r.Awards) != 0 {
		t.Errorf("own money: %q", awardList(r))
	}
}

// "£22.6m for highways and footway maintenance, including resurfacing
// of the Eastern Ring Road": a road is where money is spent, no grantee;
// "Prairie Sun Greenhouses, Tilden Junction" is a grower and its place.
func TestRoadNoRecipient(t *testing.T) {
	r := parseHTML(t, `<p>The capital programme includes:</p><ul><li>£22.6m for highways and footway maintenance, including resurfacing of the Eastern Ring Road</li></ul>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
	if notRecipient("Prairie Sun Greenhouses, Tilden Junction") || !notRecipient("Eastern Ring Road") {
		t.Error("notRecipient on roads")
	}
}

// A round named by a bare ordinal after a round word: "It's the second
// round of awards; the first, last year, handed out 3.1 million pounds
// to 24 projects"; "The third round follows the second, announced last
// summer, in which 36 projects shared £15.2m". "The first time" names
// no round.
func TestElidedRound(t *testing.T) {
	for p, want := range map[string]string{
		"It's the second round of awards; the first, last year, handed out 3.1 million pounds to 24 projects.": "1:3100000",
		"The third round follows the second, announced last summer, in which 36 projects shared £15.2m.":       "2:15200000",
	} {
		r := parseHTML(t, `<p>The Village Heart Fund helps villages.</p><p>`+p+`</p>`)
		if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || fmt.Sprintf("%d:%d", *r.Rounds[0].Round, *r.Rounds[0].Total) != want {
			t.Errorf("%.30s: rounds %+v", p, r.Rounds)
		}
	}
	if ms := elidedRounds("the second round opened for the first time in years", nil); len(ms) != 0 {
		t.Errorf("the first time: %+v", ms)
	}
}

// "Awards $3.5 Million in Second Cycle of Watershed Stewardship Grants":
// the cycle is a round of the grants, not part of their name.
func TestCycleOfGrants(t *testing.T) {
	r := parseHTML(t, `<h1>Foundation Awards $3.5 Million in Second Cycle of Watershed Stewardship Grants</h1><p>The foundation today announced $3.5 million in grants to 14 organizations in the second cycle of its Watershed Stewardship Grants program.</p>`)
	if strings.Join(r.Funds, "|") != "Watershed Stewardship Grants" {
		t.Errorf("funds %q", r.Funds)
	}
}

// "choosing which community projects will share $3.5 million set aside
// in the Fiscal Year 2028 budget": the programme's money for the year, a
// limit, not a batch given out.
func TestSetAsideInBudget(t *testing.T) {
	r := parseHTML(t, `<p>Residents voted in the People's Budget Fund, choosing which community projects will share $3.5 million set aside in the Fiscal Year 2028 budget.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 3500000 || len(r.Rounds) != 0 {
		t.Errorf("limits %+v rounds %+v", r.Limits, r.Rounds)
	}
}

// "the partnership's core budget of £412,000 for 2028/29 was
// unaffected": a body's own running budget, no fund's limit.
func TestCoreBudgetNoLimit(t *testing.T) {
	r := parseHTML(t, `<p>The partnership has been allocated £186,000 from the Anti-Social Behaviour Hotspot Fund for 2028/29.</p><p>Officers explained that the partnership’s core budget of £412,000 for 2028/29 was unaffected.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Total, all schemes" under grants from several schemes adds them up:
// no one round.
func TestTotalAllSchemesNoRound(t *testing.T) {
	r := parseHTML(t, `<p>Grant awards made in round 3, October to December 2027.</p><table><tr><th>Recipient</th><th>Scheme</th><th>Grant (£)</th></tr><tr><td>Hallow Moor Observatory Trust</td><td>Science Museums Outreach Grant</td><td>240,000</td></tr><tr><td>Young Engineers Alliance</td><td>Public Engagement Fellowships</td><td>86,700</td></tr><tr><td>Total, all schemes</td><td></td><td>326,700</td></tr></table>`)
	if len(r.Rounds) != 0 || len(r.Awards) != 2 {
		t.Errorf("rounds %+v awards %q", r.Rounds, awardList(r))
	}
}

// "Harbourside Food & Drink Festival, Saltmarsh Traders Association:
// £22,500": an event, then the body that runs it, which gets the grant;
// "Hope Trust, Leeds: £4,000" stays a body, then its town.
func TestEventThenOrganiser(t *testing.T) {
	r := parseHTML(t, `<p>The successful events are:</p><ul><li>Harbourside Food &amp; Drink Festival, Saltmarsh Traders Association: £22,500</li><li>Dunmere Dark Skies Festival, Friends of Dunmere Forest: £9,750</li><li>Mill Lane Jazz &amp; Blues, Mill Lane Music Ltd: £15,000</li><li>Hope Trust, Leeds: £4,000</li></ul>`)
	if got := awardList(r); got != "Saltmarsh Traders Association 22500|Friends of Dunmere Forest 9750|Mill Lane Music Ltd 15000|Hope Trust 4000" {
		t.Errorf("awards %s", got)
	}
}

// "From a dark-skies weekend in Dunmere Forest to a light trail around
// Castle Orme, eleven events have been awarded a total of £148,500": the
// opener names places, the counted events share a round's batch.
func TestCountedSubjectAfterOpener(t *testing.T) {
	for _, p := range []string{
		"From a dark-skies weekend in Dunmere Forest to a light trail around Castle Orme, eleven events across the county have been awarded a total of £148,500 in the second round of the Brackenshire Events Fund.",
		"In Dunmere Forest, eleven events have been awarded a total of £148,500 in the second round of the Brackenshire Events Fund.",
	} {
		r := parseHTML(t, "<p>"+p+"</p>")
		if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 11 {
			t.Errorf("%.20s: awards %s rounds %+v", p, awardList(r), r.Rounds)
		}
	}
}

// pdftohtml gives a cell's wrapped line before the next cell of its row
// ("Kererū Point Surf Life Saving" at 578px, "Club" at 597px, then the
// purpose and the grant at 578px): the cells still make one row.
func TestPlacedCellWrappedBeforeNextCell(t *testing.T) {
	line := func(top, left int, text string) string {
		return fmt.Sprintf(`<p style="position:absolute;top:%dpx;left:%dpx;white-space:nowrap" class="ft02">%s</p>`, top, left, text)
	}
	page := line(222, 108, "Community Fund: Round 2 decisions") +
		line(270, 108, "The Trust has approved $612,400 in grants to 11 groups from the Coast Community Fund.") +
		line(546, 108, "Organisation") + line(546, 420, "Purpose") + line(546, 742, "Grant") +
		line(578, 108, "Kereru Point Surf Life Saving") + line(597, 108, "Club") +
		line(578, 420, "New inflatable rescue boat and radio") + line(597, 420, "equipment") + line(578, 742, "$96,000") +
		line(636, 108, "Wharemoa Community Hall Society") + line(636, 420, "Earthquake strengthening") + line(636, 742, "$125,000") +
		line(694, 108, "Matairangi Kindergarten") + line(713, 108, "Trust") + line(694, 420, "Arena resurfacing") + line(694, 742, "$62,000")
	r := parseHTML(t, `<div id="page1-div" style="position:relative;width:892px;height:1263px;">`+page+`</div>`)
	if got := awardList(r); got != "Kereru Point Surf Life Saving Club 96000|Wharemoa Community Hall Society 125000|Matairangi Kindergarten Trust 62000" {
		t.Errorf("awards %s", got)
	}
}

// "The Trust has $1.4 million available for community grants in the
// 2026/27 year": what a funder has to give is its fund's limit, not the
// body's own budget.
func TestFunderHasAvailableForGrants(t *testing.T) {
	r := parseHTML(t, `<p>The Kowhai Trust has approved $612,400 in grants to 11 community organisations in the second funding round of 2026 from the Kowhai Coast Community Fund.</p><p>The Trust has $1.4 million available for community grants in the 2026/27 year.</p><p>The Trust has $200,000 available for grants to schools.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 1400000 || r.Limits[0].Fund != "Kowhai Coast Community Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// A short heading in its own font under a converted table's last row
// stays a heading, not the rest of that row's name.
func TestPlacedHeadingAfterTable(t *testing.T) {
	line := func(top, left int, class, text string) string {
		return fmt.Sprintf(`<p style="position:absolute;top:%dpx;left:%dpx;white-space:nowrap" class="%s">%s</p>`, top, left, class, text)
	}
	page := line(222, 108, "ft02", "The Trust has approved $221,000 in grants to 2 groups from the Coast Community Fund.") +
		line(546, 108, "ft05", "Organisation") + line(546, 420, "ft05", "Purpose") + line(546, 742, "ft05", "Grant") +
		line(578, 108, "ft02", "Wharemoa Community Hall Society") + line(578, 420, "ft02", "Earthquake strengthening") + line(578, 742, "ft02", "$125,000") +
		line(636, 108, "ft02", "Matairangi Kindergarten Trust") + line(636, 420, "ft02", "Shade sails") + line(636, 742, "ft02", "$96,000") +
		line(700, 108, "ft03", "Next steps") + line(730, 108, "ft02", "Payments will be made in September.")
	r := parseHTML(t, `<div id="page1-div" style="position:relative;width:892px;height:1263px;">`+page+`</div>`)
	if got := awardList(r); got != "Wharemoa Community Hall Society 125000|Matairangi Kindergarten Trust 96000" {
		t.Errorf("awards %s", got)
	}
}

// pdf2htmlEX lines placed from the page's foot (style="bottom:950px")
// are a converted page's lines like those placed from its top.
func TestPlacedFromBottom(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<div id="page-container"><div id="pf1" class="pf w0 h0"><div class="pc pc1 w0 h0">`)
	lines := []string{
		"Six small museums won grants in the third round of",
		"the Collections Online programme, sharing £271,000.",
		"The largest award is to Marlstone Museum and Art",
		"Gallery, which receives a grant of £75,000 to digitise",
		"some 12,000 glass-plate negatives.",
		"Corve Valley Rural Life Museum receives £48,500 for",
		"3D scanning of its collection of farm tools. Work starts",
		"in May and the collections go online next spring.",
	}
	for k, l := range lines {
		fmt.Fprintf(&b, `<div class="t m0 x0 h2 ff2 fs2" style="bottom:%dpx">%s</div>`, 1000-26*k, l)
	}
	b.WriteString(`</div></div></div>`)
	r := parsePage(t, "<html><body>"+b.String()+"</body></html>", Meta{})
	if got := awardList(r); got != "Marlstone Museum and Art Gallery 75000|Corve Valley Rural Life Museum 48500" {
		t.Errorf("awards %s", got)
	}
}

// "seventy-five thousand pounds (£75,000)": the same sum twice, one
// figure.
func TestFigureRestatedInBrackets(t *testing.T) {
	r := parseHTML(t, `<p>The largest award is to Marlstone Museum and Art Gallery, which receives a grant of seventy-five thousand pounds (£75,000) to digitise some 12,000 glass-plate negatives from the studio of the Edwardian photographer Ada Penhallow.</p>`)
	if got := awardList(r); got != "Marlstone Museum and Art Gallery 75000" {
		t.Errorf("awards %s", got)
	}
}

// Where elements score alike for density (a converted PDF's lines credit
// the page, its frame and the page container the same), the choice is
// the same on every run: the innermost, the page's own text, and not a
// box beside the container. It once followed map order.
func TestDensestTieIsStable(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><div id="page-container"><div id="pf1" class="pf w0 h0"><div class="pc pc1 w0 h0">`)
	for k, l := range []string{"HARTWELL HERITAGE FOUNDATION", "PRESS RELEASE"} {
		fmt.Fprintf(&b, `<div class="t m0 x0 h1 y%x ff1 fs1">%s</div>`, k+1, l)
	}
	for k, l := range []string{
		"Marlstone Museum and Art Gallery receives a grant", "of £75,000 to digitise some 12,000 glass-plate",
		"negatives from the Collections Online programme.", "Corve Valley Rural Life Museum receives £48,500",
		"for 3D scanning of its collection of farm tools.", "Press enquiries: 01632 960 001",
	} {
		fmt.Fprintf(&b, `<div class="t m0 x0 h2 y%x ff2 fs2">%s</div>`, k+3, l)
	}
	b.WriteString(`</div></div></div><div class="viewer-notes"><p>Also this week: the Dale Club receives £9,000 for new kit, coaching and a minibus to take its junior teams to away fixtures across the county this season.</p></div></body></html>`)
	for range 200 {
		r := parsePage(t, b.String(), Meta{})
		if got := awardList(r); got != "Marlstone Museum and Art Gallery 75000|Corve Valley Rural Life Museum 48500" {
			t.Fatalf("awards %s", got)
		}
	}
}

// A page written in <div>s alone: the divs that hold only text are its
// paragraphs, and the story's wins over a sidebar of prices and sales.
func TestDivSoupParagraphs(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><div id="wrap"><div class="colwrap"><div class="col-l"><div class="story"><div class="h"><h1>Dairy wins grant</h1></div><div class="story-txt">`)
	for _, p := range []string{
		"A farmer-owned dairy co-operative in the Bremerton Valley will build a new cheese plant after winning $1.75 million from the Tasman Regional Growth Fund, the state government announced on Friday.",
		"Kallara Creek Dairy Co-operative, which has 62 supplier members, says the plant will let it turn all of its members' milk into aged cheddar instead of selling it as bulk milk.",
		"The project is expected to cost $4.2 million in total, with the co-operative funding the balance through a member levy and a bank loan.",
		"Also announced on Friday was a grant of around $380,000 to Lowanna Seed Cleaning Pty Ltd, a family business near Tarrawin, for a mobile seed-cleaning unit.",
	} {
		b.WriteString(`<div class="p">` + p + `</div>`)
	}
	b.WriteString(`</div></div></div><div class="col-r"><div class="w"><div class="w-hd">Markets</div><div class="w-bd">`)
	for _, kv := range [][2]string{{"Canola, port", "$701/t"}, {"Cheddar (GDT)", "US$4,410/t"}, {"Butter (GDT)", "US$6,880/t"}, {"Tarrawin, 96ha irrigated grazing with 180ML water entitlement", "$2.85m"}, {"Kallara Creek, 41ha lifestyle block with river frontage", "$1.19m"}} {
		b.WriteString(`<div class="mk"><div class="k">` + kv[0] + `</div><div class="v">` + kv[1] + `</div></div>`)
	}
	b.WriteString(`</div></div></div></div></div></body></html>`)
	r := parsePage(t, b.String(), Meta{})
	if got := awardList(r); got != "Kallara Creek Dairy Co-operative 1750000|Lowanna Seed Cleaning Pty Ltd 380000" {
		t.Errorf("awards %s", got)
	}
	for _, aw := range r.Awards {
		if aw.Amount < 100000 || aw.Amount == 2850000 || aw.Amount == 1190000 {
			t.Errorf("sidebar figure read: %+v", aw)
		}
	}
}

// "Our first cohort of four fellows shared $250,000 last year": a cohort
// that shares money is a round, and fellows are what it counts.
func TestCohortSharedIsRound(t *testing.T) {
	r := parseHTML(t, `<p>The Civic Futures Fellowship Fund backs builders.</p><p>Our first cohort of four fellows shared $250,000 last year.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 4 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "Each fellow receives $75,000" over sections headed by the fellows'
// names, each opening with the name: one award per section, until a
// section names no one.
func TestEachOverNamedSections(t *testing.T) {
	r := parseHTML(t, `<p>Today we introduce the second cohort of fellows. Each fellow receives $75,000 from the Civic Futures Fellowship Fund to spend a year building a project.</p><p>We received 640 applications this year. Choosing was painful. Here is who we picked, and why.</p>
<h3>Amara Okonjo-Reyes</h3><p>Amara spent six years as a tenant organizer in Brookvale.</p>
<h3>Declan Whitford</h3><p>Declan drives a school bus in Fenmore County and codes in the evenings.</p>
<h3>Lucía Ferrand</h3><p>Lucía has run participatory budgeting votes for five years.</p>
<h3>By the numbers</h3><p>Applications came from 31 states.</p>
<h3>Harlan Mesa Updates</h3><p>Our newsletter goes out monthly.</p>`)
	if got := awardList(r); got != "Amara Okonjo-Reyes 75000|Declan Whitford 75000|Lucía Ferrand 75000" {
		t.Errorf("awards %s", got)
	}
}

// "Upper Callow Wetlands (Callow Valley Rivers Trust) – £412,000": a
// project's proper name, then in brackets the body that holds it; "Hope
// Hall (Leeds)" and "Kids' Place, Inc. (Schuylkill County)" keep the name.
func TestProjectNameThenHolderInBrackets(t *testing.T) {
	r := parseHTML(t, `<p>The Marcher Hills Nature Recovery Fund has awarded five grants.</p><ul><li>Upper Callow Wetlands (Callow Valley Rivers Trust) – £412,000.</li><li>Brindle Wood Pasture Links (Ashford Brindle Farmers' Cluster) – £286,500.</li><li>Teal Brook Ponds Network (Freshwater Ponds Collective) – £96,400.</li><li>Hope Hall Trust (Leeds) – £40,000.</li><li>Anthracite Valley Kids' Place, Inc. (Schuylkill County) – £30,000.</li><li>Undertow (Blackfern Pictures) – £25,000.</li><li>Hopewell (Leeds City Council) – £20,000.</li></ul>`)
	if got := recipients(r); got != "Callow Valley Rivers Trust|Ashford Brindle Farmers' Cluster|Freshwater Ponds Collective|Hope Hall Trust|Anthracite Valley Kids' Place|Blackfern Pictures|Hopewell" {
		t.Errorf("awards %q", got)
	}
}

// A converted document whose pages each hold paragraphs (pdf2htmlEX's
// <div class="pf" data-page-no="N"><div class="pc">): every page is read,
// not only the one with the most text.
func TestConvertedPagesAllRead(t *testing.T) {
	long := strings.Repeat("The programme restores rivers across the catchment and reports to the Board each quarter. ", 6)
	page := `<html><body><div id="sidebar"><ul><li><a href="#pf1">1 Purpose</a></li></ul></div><div id="page-container">` +
		`<div id="pf1" class="pf" data-page-no="1"><div class="pc"><p class="t">2.1 That the Board approves grant offers totalling £851,000 to two projects from the Northmere River Recovery Programme.</p><p class="t">` + long + `</p><p class="t">` + long + `</p></div></div>` +
		`<div id="pf2" class="pf" data-page-no="2"><div class="pc"><p class="t">Table 1: Round 1 recommended grant offers (£)</p><table><tr><td>Applicant</td><td>Scheme</td><td>Total</td></tr><tr><td>Ouseley Rivers Trust</td><td>Holme Beck re-meandering</td><td>611,000</td></tr><tr><td>Northmere Wildlife Trust</td><td>Wet woodland planting</td><td>240,000</td></tr></table></div></div>` +
		`</div></body></html>`
	r := parsePage(t, page, Meta{})
	if got := awardList(r); got != "Ouseley Rivers Trust 611000|Northmere Wildlife Trust 240000" {
		t.Errorf("awards %s", got)
	}
}

// A "teaser" card that links nowhere is the story's own (a grantee and
// its award), not a pointer to another story, which links.
func TestTeaserWithoutLinkIsContent(t *testing.T) {
	r := parseHTML(t, `<p>Two projects will share £703,500 in the first round of the East Carrow Seafront Communities Fund.</p><h2>The first awards</h2><div class="lgd-teaser-list"><div class="lgd-teaser"><h3 class="lgd-teaser__title">Carrow Ness Sailing Trust</h3><dl><dt>Award</dt><dd>£485,000</dd><dt>Project</dt><dd>A year-round sailing centre.</dd></dl></div><div class="lgd-teaser"><h3 class="lgd-teaser__title">Old Custom House CIC</h3><dl><dt>Award</dt><dd>£218,500</dd><dt>Project</dt><dd>Repairs to the Old Custom House.</dd></dl></div></div><div class="teaser"><h3><a href="/news/other">Hope Trust gets £9,000</a></h3></div>`)
	if got := awardList(r); got != "Carrow Ness Sailing Trust 485000|Old Custom House CIC 218500" {
		t.Errorf("awards %s", got)
	}
}

// "Our friends at Porthcallan Harbour Authority have received a separate
// £58,000": the body the friends are at, and a figure after "a
// separate".
func TestFriendsAtBodySeparateFigure(t *testing.T) {
	r := parseHTML(t, `<p>Our friends at Porthcallan Harbour Authority have received a separate £58,000 from the same fund to install eight moorings.</p><p>Our colleagues at Kelsey Rowing Club won £4,000 from the Active Coast Fund.</p>`)
	if got := awardList(r); got != "Porthcallan Harbour Authority 58000|Kelsey Rowing Club 4000" {
		t.Errorf("awards %s", got)
	}
}

// "Eligible cost | Grant rate | Grant recommended": the rate is a
// percentage, not the money column, and the grant wins over the cost.
func TestGrantRateColumnIsNoMoney(t *testing.T) {
	r := parseHTML(t, `<p>Cabinet approved grants from the High Street Heritage Grant Scheme.</p><table><tr><th>Property</th><th>Applicant</th><th>Eligible cost</th><th>Grant rate</th><th>Grant recommended</th></tr><tr><td>12–14 High Street</td><td>Corbel Properties Ltd</td><td>£86,400</td><td>75%</td><td>£64,800</td></tr><tr><td>3 Sheep Street</td><td>The Fleece Inn (Eastbury) Ltd</td><td>£52,000</td><td>75%</td><td>£39,000</td></tr><tr><td>Total</td><td></td><td>£138,400</td><td></td><td>£103,800</td></tr></table>`)
	if got := awardList(r); got != "Corbel Properties Ltd 64800|The Fleece Inn (Eastbury) Ltd 39000" {
		t.Errorf("awards %s", got)
	}
}

// A grant changed from one figure to another is the new figure: "the
// Towns Fund allocation to Hollinsford College ... be reduced from £3.2m
// to £2.7m"; an award read before at the old figure is put right; a
// change asked for is no award.
func TestRevisedAllocation(t *testing.T) {
	r := parseHTML(t, `<p>RESOLVED: That the Towns Fund allocation to Hollinsford College for the Riverside Digital Skills Hub be reduced from £3.2m to £2.7m, and that the £500,000 released be returned to the programme.</p><p>That £350,000 be added to the Market Hall Refurbishment, increasing the Towns Fund allocation to Hollinsford Borough Council for that project from £4.45m to £4.8m.</p><p>The trust asked for the grant to Kelby Arts Centre to be increased from £20,000 to £30,000.</p>`)
	if got := awardList(r); got != "Hollinsford College 2700000|Hollinsford Borough Council 4800000" {
		t.Errorf("awards %s", got)
	}
	for _, aw := range r.Awards {
		if aw.Qualifier != nil {
			t.Errorf("qualifier %q on %s", *aw.Qualifier, aw.Recipient)
		}
	}
	r = parseHTML(t, `<table><tr><th>Recipient</th><th>Grant</th></tr><tr><td>Kelby Arts Centre</td><td>£20,000</td></tr><tr><td>Dale Club</td><td>£5,000</td></tr></table><p>Members agreed that the grant to Kelby Arts Centre be increased from £20,000 to £26,000.</p>`)
	if got := awardList(r); got != "Kelby Arts Centre 26000|Dale Club 5000" {
		t.Errorf("amended: awards %s", got)
	}
}

// "The Old Granary Bakery on Sheep Street has been offered 50% of its
// costs, up to £15,000": the business less where it is, the grant after
// the share of costs; "A £6,000 grant is no use" on a page about the
// Market Towns Grant is one grant's size, not the scheme's budget.
func TestBusinessInPlaceShareOfCosts(t *testing.T) {
	r := parseHTML(t, `<p>The Market Towns Grant helps shops.</p><p>The Old Granary Bakery on Sheep Street has been offered 50% of its costs, up to £15,000, towards turning the empty first floor into a café.</p><p>Ridley's Hardware in Burnham Cross has been awarded £8,450.</p><p>"A £6,000 grant is no use if you can't find £12,000 to start with," she said.</p>`)
	if got := awardList(r); got != "Old Granary Bakery 15000|Ridley's Hardware 8450" {
		t.Errorf("awards %s", got)
	}
	if len(r.Awards) > 0 && (r.Awards[0].Qualifier == nil || *r.Awards[0].Qualifier != "up to") {
		t.Errorf("qualifier %v", r.Awards[0].Qualifier)
	}
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// Budgets stated figure first with other verbs ("has been ringfenced for
// the scheme", "was appropriated for the program"), and a scheme's money
// "available" though it is paid from a council's capital programme.
func TestRingfencedAppropriatedCapitalAvailable(t *testing.T) {
	for p, want := range map[string]int64{
		`<p>The minister announced €3.6 million for four towns under the Town Heart Regeneration Scheme.</p><p>A total of €15 million has been ringfenced for the scheme.</p>`:                                              15000000,
		`<p>Four towns share $6.37 million from the Main Street Reinvestment Program.</p><p>For the fiscal year that began July 1, 2026 (FY2027), $12 million was appropriated for the program.</p>`:                        12000000,
		`<p>The Calderbridge Shopfront Improvement Grant helps traders.</p><p>The scheme is paid for from the council's town centre capital programme, with £180,000 available across the two rounds planned for 2026.</p>`: 180000,
	} {
		r := parseHTML(t, p)
		if len(r.Limits) != 1 || r.Limits[0].Amount != want || r.Limits[0].Fund == "" {
			t.Errorf("%.40s: limits %+v", p, r.Limits)
		}
	}
}

// A title-case headline's preposition ends a fund's name: "$8.2 Million
// for Four Downtowns Through Main Street Reinvestment Program".
func TestTitleCasePrepositionEndsFundName(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Governor Announces $8.2 Million for Four Downtowns Through Main Street Reinvestment Program</h1><p>Four towns share $8.2 million.</p></article></body></html>`, Meta{})
	if strings.Join(r.Funds, "|") != "Main Street Reinvestment Program" {
		t.Errorf("funds %q", r.Funds)
	}
}

// A table with no header row, under a heading that says nothing of
// grants ("Details"), read by the line that leads into it: "The panel
// approved the following awards on 3 March:".
func TestHeaderlessTableByLeadLine(t *testing.T) {
	r := parseHTML(t, `<h3>Details</h3><p>The Combined Authority's Investment Panel approved the following awards on 3 March:</p><table><tr><td><strong>Little Voices Speech Hub CIC</strong></td><td>£310,000 to train nursery staff in early language screening.</td></tr><tr><td><strong>Marshside Childminders Network</strong></td><td>£245,000 to recruit and support 40 new childminders.</td></tr></table>`)
	if got := awardList(r); got != "Little Voices Speech Hub CIC 310000|Marshside Childminders Network 245000" {
		t.Errorf("awards %s", got)
	}
}

// "The Cupboard at Farrow Street – £20,000": a body named with its
// street, which a bare road's name is not.
func TestBodyAtStreet(t *testing.T) {
	r := parseHTML(t, `<p>The Community Pantry Fund has awarded grants to:</p><ul><li>The Cupboard at Farrow Street – £20,000 towards a part-time coordinator.</li><li>Hope Larder – £15,000 towards a van.</li></ul>`)
	if got := awardList(r); got != "Cupboard at Farrow Street 20000|Hope Larder 15000" {
		t.Errorf("awards %s", got)
	}
}

// "Last year's first round funded 22 pantries with £310,000", "we
// supported 14 stations with £410,000": pantries and stations are the
// recipients a round counts.
func TestRoundFundedPantries(t *testing.T) {
	for p, n := range map[string]int{
		`<p>The Community Pantry Fund backs pantries. This is its second round.</p><p>Last year's first round funded 22 pantries with £310,000.</p>`:                               22,
		`<p>Stations will receive grants in the second round of the Community Airwaves Fund.</p><p>In round one we supported 14 stations with £410,000, mostly for equipment.</p>`: 14,
	} {
		r := parseHTML(t, p)
		if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != n || *r.Rounds[0].Round != 1 {
			t.Errorf("%.30s: rounds %+v", p, r.Rounds)
		}
	}
}

// "A multi-academy trust in the north-west will run breakfast clubs ...
// after winning £1.2m": the trust the next sentence names.
func TestAnonymousSubjectAfterWinning(t *testing.T) {
	r := parseHTML(t, `<p>A multi-academy trust in the north-west will run free breakfast clubs in all 23 of its schools after winning £1.2m from the Breakfast Start Programme.</p><p>Carrowmoor Learning Trust will use the money over the 2026-27 academic year to offer a free breakfast.</p>`)
	if got := awardList(r); got != "Carrowmoor Learning Trust 1200000" {
		t.Errorf("awards %s", got)
	}
}

// "<p><strong>Name</strong><br>What for<br>£72,000</p>": a card's name
// line, its description, then the figure alone; a figure alone after
// prose names no one.
func TestNameLineDescriptionBareFigure(t *testing.T) {
	r := parseHTML(t, `<p>The Covenant Neighbourhoods Fund has made seven awards.</p><p><strong>Brackenfield Veterans&rsquo; Breakfast Club</strong><br>A weekly breakfast club and peer support network for veterans.<br>&pound;38,500</p><p><strong>Tollbridge Community Association</strong><br>Free holiday play sessions for the children of service families.<br>&pound;72,000</p><p>The fund reopens in spring. Bids are scored by a panel.</p><p>&pound;9,000</p>`)
	if got := awardList(r); got != "Brackenfield Veterans’ Breakfast Club 38500|Tollbridge Community Association 72000" {
		t.Errorf("awards %s", got)
	}
}

// "Crutchley Survivor Voices, a group for users of mental health
// services, gets £28,000": the aside's last word is no service
// receiving a budget, as "Rail services will receive £125m" is.
func TestServicesInAsideNotSubject(t *testing.T) {
	r := parseHTML(t, `<p>Crutchley Survivor Voices, a group run by people with lived experience of mental health services, gets £28,000 towards its rent.</p><p>Rail services will receive £125m of additional support.</p>`)
	if got := awardList(r); got != "Crutchley Survivor Voices 28000" {
		t.Errorf("awards %s", got)
	}
}

// "Station | Area | Award": the column naming the kind of grantee
// (station, venue, museum, publisher) holds the recipients, the area
// where they are.
func TestStationColumnIsRecipient(t *testing.T) {
	r := parseHTML(t, `<p>Twelve stations will share £356,600 in round two of the Community Airwaves Fund:</p><table><thead><tr><th>Station</th><th>Area</th><th>Award</th><th>What the grant pays for</th></tr></thead><tbody><tr><td>Hilltop Radio 104.2</td><td>Pennock</td><td>£40,000</td><td>Moving the studio</td></tr><tr><td>Gateway Radio CIC</td><td>Elsworth</td><td>£29,400</td><td>Part-time volunteer co-ordinator</td></tr></tbody></table>`)
	if got := awardList(r); got != "Hilltop Radio 104.2 40000|Gateway Radio CIC 29400" {
		t.Errorf("awards %s", got)
	}
}

// "The council has set aside £750k for Hallowmere Fibre Boost this
// financial year": a scheme named without a fund word gets a budget;
// money earmarked for a body or a place is not a budget.
func TestSetAsideForNamedScheme(t *testing.T) {
	r := parseHTML(t, `<p>The council has set aside £750k for Hallowmere Fibre Boost this financial year.</p><p>The trust has earmarked £50,000 for Kelby Community Trust.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Hallowmere Fibre Boost" || r.Limits[0].Amount != 750000 {
		t.Errorf("limits %+v", r.Limits)
	}
	for _, aw := range r.Awards {
		if aw.Amount == 750000 {
			t.Errorf("budget read as award: %+v", aw)
		}
	}
}

// "£400,000 this financial year and £850,000 next": the second part's
// year is the one after the first's; "We've got 4.8 million pounds to
// spend over the next two years," said the fund's director: its budget.
func TestNextElidedAndWeHaveToSpend(t *testing.T) {
	r := parsePage(t, `<html><body><article><p>The Rural Gigabit Communities Fund is run by the agency.</p><p>Fellside Broadband Community Benefit Society will receive £400,000 this financial year and £850,000 next from the Rural Gigabit Communities Fund.</p><p>"We've got 4.8 million pounds to spend over the next two years, and groups like Fellside are showing the way," he said.</p></article></body></html>`, Meta{FetchedAt: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)})
	if len(r.Awards) != 1 || r.Awards[0].Amount != 1250000 || len(r.Awards[0].Tranches) != 2 || r.Awards[0].Tranches[1].Period != "2027/28" {
		t.Errorf("awards %+v", r.Awards)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 4800000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "to fund a £32,000-a-year digital officer post": a post's pay, no
// budget and no grant; "£32,000 a year for three years" is a grant.
func TestSalaryFigure(t *testing.T) {
	r := parseHTML(t, `<p>The Libraries Connect programme backs libraries.</p><p>The grant would be used to fund a £32,000-a-year digital officer post based at Brackenford library.</p><p>Hope Trust will receive £32,000 a year for three years.</p>`)
	if len(r.Limits) != 0 || awardList(r) != "Hope Trust 96000" {
		t.Errorf("limits %+v awards %s", r.Limits, awardList(r))
	}
}

// "Launched in March, the programme is backed by £500k from the
// Foundation’s endowment": the budget of the programme just named; "the
// maximum grant from the Fund is £20,000" is a cap on each grant.
func TestProgrammeBackedByMaximumFromFund(t *testing.T) {
	r := parseHTML(t, `<p>Four faith partnerships share the first grants from the Shared Tables Interfaith Programme, the Foundation said.</p><p>Launched in March, the programme is backed by £500k from the Foundation’s endowment and is designed to run until the end of 2027.</p><p>The Grants Officer reminded Members that the maximum grant from the Fund is £20,000 and that applicants must show match funding.</p>`)
	var got []string
	for _, l := range append(r.Limits, r.Caps...) {
		got = append(got, fmt.Sprintf("%s %d", l.Scope, l.Amount))
	}
	if strings.Join(got, "|") != "fund 500000|per_bid 20000" {
		t.Errorf("limits and caps %q", got)
	}
}

// "the Foundation ... awarded $14.8 million in grants and scholarships
// last year": the foundation gave it; "* Two-year grant: £17,500 in
// 2028/29 and £17,500 in 2029/30" names a kind of grant, no grantee.
func TestFunderAwardedInGrantsKindOfGrant(t *testing.T) {
	r := parseHTML(t, `<p>Founded in 1962, the Cass Ridge Community Foundation manages more than 400 charitable funds and awarded $14.8 million in grants and scholarships last year.</p><p>* Two-year grant: £17,500 in 2028/29 and £17,500 in 2029/30, the second payment subject to a progress report.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
}

// "awarded £105,000 ..., with £60,000 released now and the remaining
// £45,000 in 2028/29": two parts of the grant, the first this year's.
func TestTrancheReleasedNow(t *testing.T) {
	r := parsePage(t, `<html><body><article><p>Ravensby Children and Families CIC has been awarded £105,000 from the foundation's Start Well Fund, with £60,000 released now and the remaining £45,000 in 2028/29.</p></article></body></html>`, Meta{FetchedAt: time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC)})
	if len(r.Awards) != 1 || len(r.Awards[0].Tranches) != 2 || r.Awards[0].Tranches[0].Period != "2027/28" || r.Awards[0].Tranches[0].Amount != 60000 || len(r.Limits) != 0 {
		t.Errorf("awards %+v limits %+v", r.Awards, r.Limits)
	}
}

// "The £20,000 we received will pay for a new roof," said Jo Bell, chair
// of Hope Community Trust: the speaker's body got it.
func TestWeReceivedSaidSpeaker(t *testing.T) {
	r := parseHTML(t, `<p>"The £20,000 we received will pay for a new roof," said Jo Bell, chair of Hope Community Trust.</p><p>"The 4.8 million pounds we have been awarded will let us build," said Professor Ruth Abernethy, Northwold College's principal.</p>`)
	if got := awardList(r); got != "Hope Community Trust 20000|Northwold College 4800000" {
		t.Errorf("awards %s", got)
	}
}

// "The Rural Pubs Network has awarded the society a £2,500 advice
// bursary": the society named before gets it, not the network.
func TestAwardedTheSocietyA(t *testing.T) {
	r := parseHTML(t, `<p>Kelderby Plough Community Benefit Society has been successful in the latest round of the Shared Places Ownership Fund.</p><p>The Rural Pubs Network has awarded the society a £2,500 advice bursary.</p>`)
	if got := awardList(r); got != "Kelderby Plough Community Benefit Society 2500" {
		t.Errorf("awards %s", got)
	}
}

// "..., the first awards since the fund was created in last year's
// budget": the budget dates the fund, the batch is new; "last year's
// second round shared £48,000" is a recap.
func TestLastYearsBudgetNotRecap(t *testing.T) {
	r := parseHTML(t, `<p>City council last night approved $413,000 in grants to four community organizations under the Connected Neighbours Digital Equity Fund, the first awards since the fund was created in last year's budget.</p>`)
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 413000 || r.Rounds[0].Recap {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// A headline that names the programme without its head word ("First
// Cohort of Neighbors in Common Grantees") makes it the page's fund, not
// a co-funder that matches its grants.
func TestHeadlineNamesProgrammeLessHead(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Foundation Names First Cohort of Neighbors in Common Grantees</h1><p>The Aldine-Mercer Foundation today announced the first cohort of grantees in its Neighbors in Common Initiative, a $3.5 million, three-year commitment.</p><p>Millbrook Valley Interfaith Coalition will receive $275,000 for welcome tables.</p><p>The Corley Family Fund has agreed to match the foundation’s grants to youth-led projects dollar for dollar, up to $500,000.</p></article></body></html>`, Meta{})
	if len(r.Awards) != 1 || r.Awards[0].Fund != "Neighbors in Common Initiative" {
		t.Errorf("awards %+v", r.Awards)
	}
}

// "approved NZ$460,000 across eight stations": a batch shared among a
// counted group; "€84 million available across four topics" counts no
// recipients, and "across two years" is a span.
func TestAcrossCountedGroup(t *testing.T) {
	r := parseHTML(t, `<p>The Commission has approved NZ$460,000 across eight stations in this funding round of the Access Broadcasting Support Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 8 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	r = parseHTML(t, `<p>The call of the Frontier Europe programme, which had €84 million available across four topics, drew 212 eligible proposals.</p>`)
	if len(r.Rounds) != 0 {
		t.Errorf("topics: rounds %+v", r.Rounds)
	}
}

// "Professor Mia Tran, from the College of Science and Engineering, will
// lead a $1.1 million project" on a university's own newsroom: the
// college is a part of the university, which holds the award.
func TestPersonFromCollegeOfPagesUniversity(t *testing.T) {
	r := parsePage(t, `<html><head><title>Algal bloom forecasting wins funding – Coorong Bay University Newsroom</title></head><body><article><p>Professor Mia Tran, from the College of Science and Engineering, will lead a $1.1 million project funded by the Linkage Partnerships scheme.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Mia Tran (Coorong Bay University) 1100000" {
		t.Errorf("awards %s", got)
	}
}

// A heading "Professor Eilidh Marr, University of Glenross – £1,250,000"
// over "Professor Marr and colleagues have been awarded £1,250,000": one
// award, named with the host the heading gives.
func TestHeadingHostKeptForBodyAward(t *testing.T) {
	r := parseHTML(t, `<p>We are investing £3.46 million in four new research projects.</p><h3>Professor Eilidh Marr, University of Glenross &ndash; £1,250,000</h3><p>Professor Marr and colleagues have been awarded £1,250,000 for a five-year programme.</p>`)
	if got := awardList(r); got != "Eilidh Marr (University of Glenross) 1250000" {
		t.Errorf("awards %s", got)
	}
}

// "ARIC is backing 70 new fellows across the country with a combined
// investment of £98 million": the batch, its figure after a filler.
func TestBackingWithCombinedInvestment(t *testing.T) {
	r := parseHTML(t, `<p>The Frontier Leaders Fund supports researchers.</p><p>In this, the sixth round of the scheme, ARIC is backing 70 new fellows across the country with a combined investment of £98 million.</p>`)
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 6 || *r.Rounds[0].Projects != 70 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "a £1.2m Frontier Leaders Fellowship": a named fellowship scheme is a
// fund, as its plural is.
func TestFellowshipSchemeIsFund(t *testing.T) {
	r := parseHTML(t, `<p>Dr Amara Okonjo has been awarded a £1.2m Frontier Leaders Fellowship to study undersea landslides.</p>`)
	if strings.Join(r.Funds, "|") != "Frontier Leaders Fellowship" {
		t.Errorf("funds %q", r.Funds)
	}
}

// "There was more good news from the same fund, with Dunmoor Harriers
// Athletic Club awarded almost £500k": the club named after "with" got
// it, the participle is passive.
func TestWithNameAwardedParticiple(t *testing.T) {
	r := parseHTML(t, `<p>There was more good news for Dunmoor from the same fund, with Dunmoor Harriers Athletic Club awarded almost £500k to resurface the track.</p>`)
	if got := awardList(r); got != "Dunmoor Harriers Athletic Club 500000" {
		t.Errorf("awards %s", got)
	}
}

// "Grants Panel 27 November 2029": a number before a month's name is a
// day, not the panel's number; "round 3 may open later" keeps its round.
func TestRoundNumberBeforeMonthIsDate(t *testing.T) {
	r := parseHTML(t, `<h1>Grants Panel 27 November 2029 - awards schedule</h1><p>The panel approved 14 grants totalling £96,400 from the Small Grants Programme at its meeting.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round != nil {
		t.Errorf("rounds %+v", r.Rounds)
	}
	r = parseHTML(t, `<p>The panel approved 14 grants totalling £96,400 in round 3 of the Small Grants Programme.</p><p>Round 4 may open later in the year.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 3 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "... in the seventh round of the X Fellowships ... The previous round
// supported 70 fellows with £98 million": a recap of the sixth round.
func TestPreviousRoundIsOneBefore(t *testing.T) {
	r := parseHTML(t, `<p>Twenty-four researchers will share £38 million in the seventh round of the Frontier Leaders Fellowships.</p><p>The previous round supported 70 fellows with £98 million.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		if rd.Round != nil && rd.Total != nil {
			got = append(got, fmt.Sprintf("%d:%d", *rd.Round, *rd.Total))
		}
	}
	if strings.Join(got, " ") != "7:38000000 6:98000000" {
		t.Errorf("rounds %v", got)
	}
}

// "In the previous round, district councils secured around £3m": what
// some of that round's winners got is not the round's total.
func TestPreviousRoundPartIsNoTotal(t *testing.T) {
	r := parseHTML(t, `<p>Applications are now open for the fourth round of the Heritage Skills Fund.</p><p>In the previous round, district councils secured around £3m from the Heritage Skills Fund.</p>`)
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "in the latest Linkage Partnerships round": a scheme named only by its
// round; "the Spending Review round" and "the Spring round" name none.
func TestSchemeNamedByItsRound(t *testing.T) {
	r := parseHTML(t, `<p>Two projects have been funded in the latest Linkage Partnerships round announced by the council.</p><p>Nationally, $48.2 million went to 112 projects in this round.</p>`)
	if strings.Join(r.Funds, "|") != "Linkage Partnerships" || len(r.Rounds) != 1 || r.Rounds[0].Fund != "Linkage Partnerships" {
		t.Errorf("funds %q rounds %+v", r.Funds, r.Rounds)
	}
	for _, s := range []string{"Councils were told £2m more in the Spending Review round.", "The Spring round gave £20,000 to 12 groups."} {
		if r := parseHTML(t, "<p>"+s+"</p>"); len(r.Funds) != 0 {
			t.Errorf("%s: funds %q", s, r.Funds)
		}
	}
}

// A breadcrumb line "Annual Review 2027–28 (extract) — published 10 July
// 2028" dates the page, not the first date of its text; a report
// "published 10 March 2027" in a long sentence is another document's.
func TestPublishedLineInChrome(t *testing.T) {
	page := `<html><head><title>Annual review</title></head><body><nav><p class="crumb">Home / Publications / Annual Review 2027&ndash;28 (extract) &mdash; published 10 July 2028</p></nav><article><p>In the year to 31 March 2028 the Trustees committed £2,443,500 to 5 new grants.</p></article></body></html>`
	if r := parsePage(t, page, Meta{}); r.Published != "2028-07-10" {
		t.Errorf("published %q", r.Published)
	}
	page = `<html><head><title>Minutes</title></head><body><nav><p>Home &gt; Meetings &gt; Annual Meeting 13 May 2027 (draft) | Posted 15/05/2027 | Download PDF</p></nav><article><p>Minutes of the Annual Meeting held on Thursday 13 May 2027.</p><p>RESOLVED to award £3,000 to Marbury Pre-School.</p></article></body></html>`
	if r := parsePage(t, page, Meta{}); r.Published != "2027-05-15" {
		t.Errorf("posted: published %q", r.Published)
	}
	page = `<html><head><title>News</title></head><body><article><p>3 April 2027</p><p>The audit, which the committee published 10 March 2027 after a long delay and much discussion in the chamber, found the fund had spent £2m on grants to 40 clubs.</p></article></body></html>`
	if r := parsePage(t, page, Meta{}); r.Published != "2027-04-03" {
		t.Errorf("published %q", r.Published)
	}
}

// "The precepts notified were as follows:" over "Authority | Band D
// 2025/26 | Band D 2026/27 | Increase": council tax charges, no grants.
func TestPreceptTableIsNoAwards(t *testing.T) {
	r := parseHTML(t, `<p>The precepts notified were as follows:</p><table><tr><th>Authority</th><th>2025/26</th><th>2026/27</th><th>Increase</th></tr><tr><td>Ashcombe District Council</td><td>£206.30</td><td>£212.47</td><td>2.99%</td></tr><tr><td>Westmarch County Council</td><td>£1,629.81</td><td>£1,711.14</td><td>4.99%</td></tr></table>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
}

// "The communities receiving up to $250,000 each are:" over a list: each
// community named is given the figure.
func TestReceivingEachAreOverList(t *testing.T) {
	r := parseHTML(t, `<p>The communities receiving up to $250,000 each are:</p><ul><li>District of Cedar Bluffs – fuel thinning on 85 hectares;</li><li>Village of Silvercreek – sprinkler kits for the fire department; and</li></ul>`)
	if got := awardList(r); got != "District of Cedar Bluffs 250000|Village of Silvercreek 250000" {
		t.Errorf("awards %s", got)
	}
}

// "X will receive £412,800 from the Towns Fund and £344,000 from the
// Levelling Up Fund": two sums to one grantee, each from its fund; "£2.2m
// in 2016/17 and ... and £2m for a Metropolitan police-led project" is not.
func TestSecondSumToSameGrantee(t *testing.T) {
	r := parseHTML(t, `<p>Coteau Hills Council will receive £412,800 from the Towns Fund and £344,000 from the Levelling Up Fund.</p>`)
	if got := awardList(r); got != "Coteau Hills Council 412800|Coteau Hills Council 344000" || r.Awards[1].Fund != "Levelling Up Fund" {
		t.Errorf("awards %s (%+v)", got, r.Awards)
	}
	r = parseHTML(t, `<p>The Rural Municipality of Coteau Hills will receive $412,800 in federal funding and $344,000 from the province to add an elevator.</p>`)
	if got := awardList(r); got != "Rural Municipality of Coteau Hills 412800|Rural Municipality of Coteau Hills 344000" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<p>Winners included a project across the East Midlands which will receive £2.2m in 2016/17 and a further £3.5m in the following financial year, and £2m for a Metropolitan Police-led project on procurement.</p>`)
	if len(r.Awards) != 2 || r.Awards[1].Recipient == r.Awards[0].Recipient {
		t.Errorf("awards %s", awardList(r))
	}
}

// "City of Hartsville Junction – $830,000": a town's council, though its
// name ends like a road's; "the Eastern Ring Road junction" holds nothing.
func TestCityNamedLikeRoad(t *testing.T) {
	r := parseHTML(t, `<ul><li>City of Fenwick – $925,000 to replace a tank</li><li>City of Hartsville Junction – $830,000 to replace lead service lines</li></ul>`)
	if got := awardList(r); got != "City of Fenwick 925000|City of Hartsville Junction 830000" {
		t.Errorf("awards %s", got)
	}
	if notRecipient("Eastern Ring Road Junction") == false {
		t.Error("a road junction named as a recipient")
	}
}

// "The largest grant, to Mallee Youth Connect Inc., is $450,000 over
// three years: ..." names the grantee in an aside of the subject.
func TestGrantToAsideInSubject(t *testing.T) {
	r := parseHTML(t, `<p>The largest grant, to Mallee Youth Connect Inc., is $450,000 over three years: $180,000 in 2028–29, $150,000 in 2029–30 and $120,000 in 2030–31.</p>`)
	if got := awardList(r); got != "Mallee Youth Connect Inc 450000" || len(r.Awards[0].Tranches) != 3 {
		t.Errorf("awards %s %+v", got, r.Awards)
	}
	r = parseHTML(t, `<p>The first award – to Westbay Trust – was £12,000.</p><p>The largest grant, to be confirmed in May, is £40,000.</p>`)
	if got := awardList(r); got != "Westbay Trust 12000" {
		t.Errorf("awards %s", got)
	}
}

// "The X Fund was announced in Budget 2025 with $48 million over three
// years": the fund's budget, as "launched with" is.
func TestFundAnnouncedWithBudget(t *testing.T) {
	r := parseHTML(t, `<p>The Visitor Economy Renewal Fund was announced in Budget 2025 with $48 million over three years, delivered nationally by regional agencies.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 48000000 || r.Limits[0].Fund != "Visitor Economy Renewal Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "the panel gave £3,200 to Caddon Bowls Club for new benches, and
// £1,000 to Vale Hospice to refit its back room": the same giver for the
// second sum, its verb left out.
func TestGiverVerbLeftOutForSecondSum(t *testing.T) {
	r := parseHTML(t, `<p>At the same meeting, the panel gave £3,200 to Caddon Bowls Club for new benches and a shelter, and £1,000 to Vale Hospice to refit its back room as a sorting area.</p>`)
	if got := awardList(r); got != "Caddon Bowls Club 3200|Vale Hospice 1000" {
		t.Errorf("awards %s", got)
	}
}

// "Each of Lowmoor's 25 wards gets £50,000": every ward's share, given to
// no one named (not to Lowmoor).
func TestEachOfPossessiveCount(t *testing.T) {
	r := parseHTML(t, `<p>Each of Lowmoor's 25 wards gets £50,000 to spend in 2026/27 from the borough council's £1,250,000 Neighbourhood Fund.</p>`)
	if len(r.Awards) != 0 || len(r.Limits) != 1 {
		t.Errorf("awards %s limits %+v", awardList(r), r.Limits)
	}
	if c, ok := eachSubject("Each of its four hubs"); !ok || c != 4 {
		t.Errorf("eachSubject: %d %v", c, ok)
	}
}

// "... has topped up its grant to the Eastside Community Café by a further
// £2,000 ... was given £8,000 ... takes the total grant to £10,000": one
// grant, at its new total.
func TestGrantToppedUpToNewTotal(t *testing.T) {
	r := parseHTML(t, `<p>Greywell Town Council has topped up its grant to the Eastside Community Café by a further £2,000, after rising costs left the project short.</p><p>The café was given £8,000 from the council last October. The extra money approved on Monday takes the total grant to £10,000.</p>`)
	if got := awardList(r); got != "Eastside Community Café 10000" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<p>Hale Town Council awarded £8,000 to Hale Youth Band in March.</p><p>In June it increased its grant to Hale Youth Band by £500, taking the total grant to £8,500.</p>`)
	if got := awardList(r); got != "Hale Youth Band 8500" {
		t.Errorf("awards %s", got)
	}
}

// "The VRU expects to open a second round of the fund in the spring": a
// round to come, so the first is the page's own, not a recap, and the
// headline's batch is the first round's.
func TestRoundExpectedToOpen(t *testing.T) {
	r := parseHTML(t, `<h1>£500k for five youth projects as VRU opens Youth Diversion Fund</h1><p>Five community organisations will share £500k in the first round of the new Youth Diversion Fund.</p><p>The VRU expects to open a second round of the fund in the spring.</p>`)
	if len(r.Rounds) != 1 || *r.Rounds[0].Round != 1 || r.Rounds[0].Recap {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "All round 2 grants | | £2,770,000 | £3,430,000 | £6,200,000" sums the
// rows above: no award to "All round 2 grants".
func TestAllGrantsRowIsTotal(t *testing.T) {
	r := parseHTML(t, `<p>Round 2 of the Victims Fund has awarded the following grants:</p><table><tr><th>Organisation</th><th>2026/27</th><th>2027/28</th><th>Total</th></tr><tr><td>Silver Thread Helpline</td><td>£260,000</td><td>£300,000</td><td>£560,000</td></tr><tr><td>Survivors’ Voice Harlowshire</td><td>£100,000</td><td>£165,000</td><td>£265,000</td></tr><tr><td>All round 2 grants</td><td>£360,000</td><td>£465,000</td><td>£825,000</td></tr></table>`)
	if got := awardList(r); got != "Silver Thread Helpline 560000|Survivors’ Voice Harlowshire 265000" {
		t.Errorf("awards %s", got)
	}
}

// "A partnership of police services ... has been awarded €750,000" then
// "The Lough Carran Cross-Border Policing Partnership is one of the first
// projects ...": the body of that kind named next holds the award; a body
// of another kind does not.
func TestAnonymousWinnerNamedByItsNoun(t *testing.T) {
	r := parseHTML(t, `<p>A partnership of police services on both sides of the border has been awarded €750,000 to run joint patrols.</p><p>The Lough Carran Cross-Border Policing Partnership is one of the first projects to receive money from the new Border Communities Safety Programme.</p>`)
	if got := awardList(r); got != "Lough Carran Cross-Border Policing Partnership 750000" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<p>A partnership of police services on both sides of the border has been awarded €750,000 to run joint patrols.</p><p>The Lough Carran Farmers Association is one of the groups that called for the patrols.</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// "Wexcombe precision engineer Hallam & Royce is to double its plant ..."
// then, sentences later, "the company has been awarded a £180,000
// grant": the business described before its name.
func TestCompanyAfterDescription(t *testing.T) {
	r := parseHTML(t, `<p>Wexcombe precision engineer Hallam &amp; Royce is to double the size of its machining plant after securing a £2.4m loan.</p><p>The family-owned firm makes turbine parts. Its managing director said the expansion would create 45 jobs. “We have been turning work away,” she said.</p><p>Separately, the company has been awarded a £180,000 grant from the Advanced Manufacturing Skills Fund.</p>`)
	if got := awardList(r); got != "Hallam & Royce 180000" {
		t.Errorf("awards %s", got)
	}
}

// "The loan fund ... lends between £100,000 and £2.5m to established
// businesses": the size of one loan, a cap, not a batch's total.
func TestLendsBetweenIsNoBatch(t *testing.T) {
	r := parseHTML(t, `<p>Hallam Ltd secured a £2.4m loan from the Westmarch Business Growth Loan Fund.</p><p>The loan fund, managed by Harrier Capital Partners, lends between £100,000 and £2.5m to established small and medium-sized businesses.</p>`)
	if len(r.Rounds) != 0 || len(r.Caps) != 1 {
		t.Errorf("rounds %+v caps %+v", r.Rounds, r.Caps)
	}
}

// "Competition: Quantum Sensing for Health feasibility studies" names the
// call whose budget the page gives.
func TestCompetitionHeadingNamesFund(t *testing.T) {
	r := parseHTML(t, `<h1>Competition: Quantum Sensing for Health feasibility studies</h1><p>This competition has an indicative budget of £8 million.</p>`)
	if strings.Join(r.Funds, "|") != "Quantum Sensing for Health" || len(r.Limits) != 1 || r.Limits[0].Fund != "Quantum Sensing for Health" {
		t.Errorf("funds %q limits %+v", r.Funds, r.Limits)
	}
}

// A caption "Net Zero Materials Research Hubs: awards" names the scheme
// its table lists; "Table 2: awards" names none.
func TestCaptionNamesScheme(t *testing.T) {
	if got := captionScheme("Net Zero Materials Research Hubs: awards"); got != "Net Zero Materials Research Hubs" {
		t.Errorf("captionScheme %q", got)
	}
	for _, c := range []string{"Table 2: awards", "Awards made in 2027", "Kingsmoor University: awards"} {
		if got := captionScheme(c); got != "" {
			t.Errorf("captionScheme(%q) = %q", c, got)
		}
	}
	r := parseHTML(t, `<p>Five new research hubs will be backed by £31.4 million.</p><table><caption>Net Zero Materials Research Hubs: awards</caption><tr><th>Hub</th><th>Lead</th><th>Award (£m)</th></tr><tr><td>Cement Hub</td><td>University of Wexcombe</td><td>7.1</td></tr><tr><td>Polymers Hub</td><td>Kingsmoor University</td><td>6.8</td></tr></table>`)
	if strings.Join(r.Funds, "|") != "Net Zero Materials Research Hubs" {
		t.Errorf("funds %q", r.Funds)
	}
}

// "... allocations from the Knowledge Exchange and Impact Fund for
// academic years 2026-27 and 2027-28. For each year £18 million is
// available through the fund, unchanged from 2025-26": one budget a year,
// and the year compared with is neither's.
func TestEachYearBudgetOfYearsNamedBefore(t *testing.T) {
	r := parseHTML(t, `<p>This circular confirms allocations from the Knowledge Exchange and Impact Fund for academic years 2026-27 and 2027-28. For each year £18 million is available through the fund, unchanged from 2025-26 in cash terms.</p>`)
	if got := limitList(r); got != "Knowledge Exchange and Impact Fund 18000000 2026/27|Knowledge Exchange and Impact Fund 18000000 2027/28" {
		t.Errorf("limits %v", got)
	}
	r = parseHTML(t, `<p>The Community Fund has £2 million available in 2027/28, up from £1.5 million in 2026/27.</p>`)
	if len(r.Limits) == 0 || r.Limits[0].Amount != 2000000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Nineteen applications were received in Round 2, of which seven were
// recommended, with a combined value of £118,400": round 2's batch of
// seven, not nineteen.
func TestOfWhichCountWithCombinedValue(t *testing.T) {
	r := parseHTML(t, `<p>Nineteen applications were received in Round 2, of which seven were recommended, with a combined value of £118,400.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 7 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "..., with Round 2 closing on 3 November": a round still open, so
// "this round" is round 1, the one the page announces.
func TestRoundClosingOnIsToCome(t *testing.T) {
	r := parseHTML(t, `<p>Create Kurrawong confirmed the successful applicants in Round 1 of the Regional Touring Fund.</p><p>A total of $1.05 million has been committed to 14 tours in this round. The fund has $2.4 million available in the 2026–27 financial year, with Round 2 closing on 3 November.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "The trust's grants come from the returns on a $74 million investment
// fund": an endowment, not the grants' budget.
func TestInvestmentFundIsNoBudget(t *testing.T) {
	r := parseHTML(t, `<p>The Community Grants programme opens today.</p><p>The trust’s grants come from the returns on a $74 million investment fund held for the people of the region.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "as eight groups were told they will share £9,600 from the spring
// round": they are whoever was told, a batch of eight.
func TestToldTheyWillShare(t *testing.T) {
	r := parseHTML(t, `<p>The milestone was announced as eight groups were told they will share £9,600 from the spring round of the Ravensmoor Community Lottery Central Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 8 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "£1.2m from its Blue Economy Collaboration Fund to the Scottish
// partners": partners, no body; a demonym is no name.
func TestDemonymPartnersAreGeneric(t *testing.T) {
	r := parseHTML(t, `<p>Six projects pair Nova Scotian and Scottish partners.</p><p>Scotland’s Blue Economy Agency is providing £1.2m from its Blue Economy Collaboration Fund to the Scottish partners.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 {
		t.Errorf("awards %s rounds %+v", awardList(r), r.Rounds)
	}
}

// "Speaking on Friday, the chair of the Lowmoor Internal Drainage Board
// said it had secured 4.8 million pounds": it is the body the speaker
// speaks for, not the words before.
func TestSaidItHadSecured(t *testing.T) {
	r := parseHTML(t, `<p>Speaking on Radio Strandmouth on Friday, the chair of the Lowmoor Internal Drainage Board said it had secured 4.8 million pounds from the Strand Valley Flood Resilience Programme for two new pumping stations.</p>`)
	if got := awardList(r); got != "Lowmoor Internal Drainage Board 4800000" {
		t.Errorf("awards %s", got)
	}
}

// "... said it had “secured 4.8 million pounds” from ...": a quotation
// that opens on the verb hides neither the verb nor its auxiliary.
func TestQuoteOpeningOnVerb(t *testing.T) {
	r := parseHTML(t, `<p>Speaking on Friday, the chair of the Lowmoor Internal Drainage Board said it had “secured 4.8 million pounds” from the Strand Valley Flood Resilience Programme.</p>`)
	if got := awardList(r); got != "Lowmoor Internal Drainage Board 4800000" {
		t.Errorf("awards %s", got)
	}
}

// Panel minutes: "25.1 REG/25/031 – Hollowmere Cider Company Ltd", what
// was said of the bid, then "RESOLVED that a grant of £24,500 be
// approved": the item's applicant; a deferred item names no one, and the
// next item's applicant is its own.
func TestMinutesItemHeadedByReference(t *testing.T) {
	r := parseHTML(t, `<p>25.1 REG/25/031 – Hollowmere Cider Company Ltd</p><p>The applicant had requested £28,000 towards a bottling line and a cold store. Members asked about the cold store. The manager confirmed it was ineligible.</p><p>RESOLVED that a grant of £24,500 be approved towards the bottling line.</p><p>25.2 REG/25/036 – Kelsey &amp; Daughters Joinery</p><p>The applicant requested £15,000 towards a CNC router.</p><p>RESOLVED that consideration of the application be deferred.</p><p>25.3 REG/25/039 – Marrick Dale Veterinary Practice</p><p>The practice requested £11,260 towards an x-ray unit. Members welcomed the application.</p><p>RESOLVED that a grant of £11,260 be approved.</p>`)
	if got := awardList(r); got != "Hollowmere Cider Company Ltd 24500|Marrick Dale Veterinary Practice 11260" {
		t.Errorf("awards %s", got)
	}
}

// "That the budget for the Warm Homes Top-Up Grant is reduced from
// £250,000 to £180,000 for 2027/28": the new figure is the year's budget.
func TestBudgetRevisedFromTo(t *testing.T) {
	r := parseHTML(t, `<p>That the budget for the Warm Homes Top-Up Grant is reduced from £250,000 to £180,000 for 2027/28.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 180000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Marlstone Green Foodbank will stay open through the winter after the
// Cabinet agreed a one-off payment of £25,000 to help it meet a rise in
// rent": it, the subject, holds the grant.
func TestAfterAgreedPaymentToHelpIt(t *testing.T) {
	r := parseHTML(t, `<p>Marlstone Green Foodbank will stay open through the winter after Lowerby District Council's Cabinet agreed a one-off payment of £25,000 to help it meet a steep rise in the rent on its warehouse.</p>`)
	if got := awardList(r); got != "Marlstone Green Foodbank 25000" {
		t.Errorf("awards %s", got)
	}
}

// "... the council's Cost of Living Resilience Fund, which has £400,000 to
// spend this financial year on helping residents and the organisations
// that support them": the fund's budget, not a batch to a group.
func TestHasToSpendOnHelpingIsBudget(t *testing.T) {
	r := parseHTML(t, `<p>Marlstone Green Foodbank will stay open after the Cabinet agreed a payment of £25,000.</p><p>The money comes from the council's Cost of Living Resilience Fund, which has £400,000 to spend this financial year on helping residents and the organisations that support them.</p>`)
	if len(r.Rounds) != 0 || len(r.Limits) != 1 {
		t.Errorf("rounds %+v limits %+v", r.Rounds, r.Limits)
	}
}

// "Five projects will share the first phase of the Connected Towns
// Transport Fund, with a further £2.1m set aside for phase two": phase
// two is still to come, so the headline's batch is phase one's.
func TestSetAsideForPhaseTwoIsToCome(t *testing.T) {
	r := parseHTML(t, `<h1>Mayor confirms £4.8m for first Connected Towns transport schemes</h1><p>Five projects across the Wyvern Valleys will share the first phase of the Connected Towns Transport Fund, with a further £2.1m set aside for phase two.</p>`)
	if rd := roundOfNumber(r, 2); rd != nil {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// After the grant is named: "The total grant is worth £62.4 million in
// 2026 to 2027. For 2027 to 2028, an indicative national total of £63.9
// million has been set, subject to ... the next Spending Review": its
// budget for each year.
func TestGrantTotalWorthAndNationalTotalSet(t *testing.T) {
	r := parseHTML(t, `<p>The Local Prevention Partnership Grant supports councils.</p><p>The total grant is worth £62.4 million in 2026 to 2027. For 2027 to 2028, an indicative national total of £63.9 million has been set, subject to confirmation following the next Spending Review.</p>`)
	var got []string
	for _, l := range r.Limits {
		if l.Period != nil && l.Fund == "Local Prevention Partnership Grant" {
			got = append(got, fmt.Sprintf("%d %s", l.Amount, *l.Period))
		}
	}
	if strings.Join(got, "|") != "62400000 2026/27|63900000 2027/28" {
		t.Errorf("limits %v (%+v)", got, r.Limits)
	}
}

// "approved £50,000 to help Leeds Food Bank expand its warehouse", "£1.25m
// to help the paediatric intensive care unit (PICU) at Castlebridge
// Children's Hospital grow": the body helped holds the grant; "£5m to
// help communities recover" names none.
func TestToHelpBodyDo(t *testing.T) {
	r := parseHTML(t, `<p>The trustees approved £50,000 to help Leeds Food Bank expand its warehouse.</p><p>Our trustees have approved the largest grant in the charity’s history: £1,250,000 to help the paediatric intensive care unit (PICU) at Castlebridge Children’s Hospital grow from 10 to 14 beds.</p><p>The fund gives £5m to help communities recover.</p>`)
	if got := awardList(r); got != "Leeds Food Bank 50000|Paediatric intensive care unit at Castlebridge Children’s Hospital 1250000" {
		t.Errorf("awards %s", got)
	}
}

// "Round five attracted 87 applications, almost twice as many as round
// four, which last year distributed £1.6 million to 11 projects": the
// figure is round four's, told in its relative clause.
func TestRoundOfRelativeClause(t *testing.T) {
	r := parseHTML(t, `<p>We confirmed £2 million in the fifth round of our Pocket Parks Programme.</p><p>Round five attracted 87 applications, almost twice as many as round four, which last year distributed £1.6 million to 11 projects.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		if rd.Round != nil && rd.Total != nil {
			got = append(got, fmt.Sprintf("%d:%d", *rd.Round, *rd.Total))
		}
	}
	if strings.Join(got, " ") != "5:2000000 4:1600000" {
		t.Errorf("rounds %v", got)
	}
}

// Awards as headings, one per club, on a page whose cap is "up to
// £10,000": "Tollgate Tigers Netball Club — almost £10,000" is a card of
// the list, not the cap told again.
func TestHeadingCardAtCapAmount(t *testing.T) {
	r := parseHTML(t, `<p>Clubs can apply for grants of up to £10,000 from the Club Boost Fund.</p><h3>Ashdown Wanderers Walking Football Club — £4,850</h3><p>A Thursday session for over-60s.</p><h3>Tollgate Tigers Netball Club — almost £10,000</h3><p>Court hire and kit.</p><h3>Hurstleigh Boxing Academy — £6,000</h3><p>New bags and mats.</p>`)
	if got := awardList(r); got != "Ashdown Wanderers Walking Football Club 4850|Tollgate Tigers Netball Club 10000|Hurstleigh Boxing Academy 6000" {
		t.Errorf("awards %s", got)
	}
}

// "will contribute $3.5 million (about £2.7 million at current exchange
// rates) to the Lake Corran Watersports Trust": the converted sum and
// its rate are an aside; the trust gets the $3.5 million.
func TestConvertedSumWithRateInBrackets(t *testing.T) {
	r := parseHTML(t, `<p>The Global Rowing Federation has confirmed that its Host City Legacy Programme will contribute $3.5 million (about £2.7 million at current exchange rates) to the Lake Corran Watersports Trust towards a boathouse.</p>`)
	if got := awardList(r); got != "Lake Corran Watersports Trust 3500000" || r.Awards[0].Currency != "USD" {
		t.Errorf("awards %s", got)
	}
}

// "Tuesday Nordic Walkers (Corran Road) | £980": the group, where it
// meets in brackets (kept whole), not a road.
func TestBracketedPlaceKeptWhole(t *testing.T) {
	if got := cleanName("Tuesday Nordic Walkers (Corran Road)"); got != "Tuesday Nordic Walkers (Corran Road)" {
		t.Errorf("cleanName %q", got)
	}
	if got := cleanName("Donauhafen Logistik Verbund GmbH (AT)"); got != "Donauhafen Logistik Verbund GmbH" {
		t.Errorf("cleanName %q", got)
	}
	r := parseHTML(t, `<table><tr><th>Group</th><th>Award</th></tr><tr><td>Pellow Strollers</td><td>£750</td></tr><tr><td>Tuesday Nordic Walkers (Corran Road)</td><td>£980</td></tr></table>`)
	if got := awardList(r); got != "Pellow Strollers 750|Tuesday Nordic Walkers (Corran Road) 980" {
		t.Errorf("awards %s", got)
	}
}

// "the club has secured a further €250,000 by way of a loan": a loan,
// no grant.
func TestByWayOfALoan(t *testing.T) {
	r := parseHTML(t, `<p>Kilbrack Rovers AFC has been allocated €180,000 from the Sports Capital Programme. The club has secured a further €250,000 by way of a loan.</p>`)
	if got := awardList(r); got != "Kilbrack Rovers AFC 180000" {
		t.Errorf("awards %s", got)
	}
}

// "The third round follows Round 2 last autumn, when 13 projects shared
// £455,000": round 2's recap (the number after "Round" is its own, not
// the ordinal before).
func TestRoundFollowsRoundWhen(t *testing.T) {
	r := parseHTML(t, `<p>17 projects get a slice of £640,000 in the third round of the Mind Matters Fund.</p><p>The third round follows Round 2 last autumn, when 13 projects shared £455,000.</p>`)
	var got []string
	for _, rd := range r.Rounds {
		if rd.Round != nil && rd.Total != nil {
			got = append(got, fmt.Sprintf("%d:%d", *rd.Round, *rd.Total))
		}
	}
	if strings.Join(got, " ") != "3:640000 2:455000" {
		t.Errorf("rounds %v", got)
	}
}

// "... the foundation's Compassionate Communities Initiative, a ten-year,
// $25 million commitment launched in 2025": the initiative's budget.
func TestFundAppositiveCommitment(t *testing.T) {
	r := parseHTML(t, `<p>The grants are the latest from the foundation's Compassionate Communities Initiative, a ten-year, $25 million commitment launched in 2025 to close gaps in care.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 25000000 || r.Limits[0].Fund != "Compassionate Communities Initiative" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Between 2021/22 and 2024/25 the scheme paid out £1.37m in 212 grants":
// several years' giving, no one round.
func TestYearsSpanGivingIsNoRound(t *testing.T) {
	r := parseHTML(t, `<p>The Green Villages Grant was reviewed by the committee.</p><p>Between 2021/22 and 2024/25 the scheme paid out £1.37m in 212 grants to parish councils.</p>`)
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "(1) To approve the following allocations from the X Programme, being
// the programme's 2028/29 bidding round: three allocations totalling
// £2,325,000:": the round's batch of three.
func TestCountedAllocationsTotalling(t *testing.T) {
	r := parseHTML(t, `<p>(1) To approve the following allocations from the Affordable Housing Grant Programme, being the programme’s 2028/29 bidding round: three allocations totalling £2,325,000:</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 3 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "Frail patients will get care at home thanks to an £850,000 grant from
// the area's NHS charity. Greyfriars Hospitals Charity has awarded the
// money to Ashworth and Dene NHS Foundation Trust": the grant told first,
// its grantee after; a figure given to no one later stays no award.
func TestGrantToldThenGivenTo(t *testing.T) {
	r := parseHTML(t, `<p>Frail elderly patients will be able to get hospital-level care in their own beds thanks to an £850,000 grant from the area's NHS charity.</p><p>Greyfriars Hospitals Charity has awarded the money to Ashworth and Dene NHS Foundation Trust from its Innovation Fund.</p>`)
	if got := awardList(r); got != "Ashworth and Dene NHS Foundation Trust 850000" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<p>Patients will benefit thanks to an £850,000 grant from the area's NHS charity.</p><p>The service starts in May. Nurses are being recruited. Greyfriars Hospitals Charity has awarded the money to Ashworth and Dene NHS Foundation Trust.</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("too far: awards %s", got)
	}
}

// On a hospice's own page after its own grant: "We were also delighted to
// see our friends at Inishcarrow Island Nursing Support among the
// successful projects in this call. They have been granted €85,000":
// they are the body named among the winners, not the last grantee.
func TestTheyAmongTheSuccessful(t *testing.T) {
	r := parseHTML(t, `<p>Clonmara Community Hospice has been awarded €650,000 by the Atlantic Care Foundation.</p><p>We were also delighted to see our friends at Inishcarrow Island Nursing Support among the successful projects in this call. They have been granted €85,000 to create a respite room.</p>`)
	if got := awardList(r); got != "Clonmara Community Hospice 650000|Inishcarrow Island Nursing Support 85000" {
		t.Errorf("awards %s", got)
	}
}

// "£1,250,000 for the intensive care unit at Castlebridge Children's
// Hospital", then "£38,500 for the hospital's bereavement support team",
// and "The board will receive £14.2m": the body the unit, the possessive
// or "the board" stands for.
func TestUnitAtHospitalAndTheBoard(t *testing.T) {
	r := parseHTML(t, `<p>Our trustees approved £1,250,000 for the intensive care unit at Castlebridge Children’s Hospital.</p><p>At the same meeting, trustees approved £38,500 for the hospital’s bereavement support team to refurbish the Snowdrop Suite.</p>`)
	if got := awardList(r); got != "Castlebridge Children’s Hospital 1250000|Castlebridge Children’s Hospital 38500" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<p>NHS Ardmuir has been confirmed as one of four health boards in the Community Mental Health Transformation Fund.</p><p>The board will receive £14.2m in each of 2027-28, 2028-29 and 2029-30.</p>`)
	if got := awardList(r); got != "NHS Ardmuir 42600000" {
		t.Errorf("board: awards %s", got)
	}
}

// "Morning Fuel Grants" in capitals and "its Morning Fuel program" in
// lower case: the name in capitals stands for both, whichever comes first.
func TestCapitalisedNameOverLowercaseHead(t *testing.T) {
	for _, page := range []string{
		`<p>The foundation gave $3.5 million through its Morning Fuel program to 20 schools.</p><p>Morning Fuel Grants has a budget of $4 million for 2026–27.</p>`,
		`<h2>Morning Fuel Grants</h2><p>The foundation gave $3.5 million through its Morning Fuel program to 20 schools.</p><p>The program has a budget of $4 million for 2026–27.</p>`,
	} {
		if r := parseHTML(t, page); strings.Join(r.Funds, "|") != "Morning Fuel Grants" {
			t.Errorf("funds %q", r.Funds)
		}
	}
}

// "The Department had written to the Council confirming an indicative
// allocation of £1,930,000 for the Holiday Activities and Food programme"
// in a council's minutes: the council's allocation under the programme,
// not a grant to "Holiday Activities and Food".
func TestAllocationForTheProgrammeWrittenToCouncil(t *testing.T) {
	r := parsePage(t, `<html><head><title>Cabinet minutes - Garrowby County Council</title></head><body><article><p>The Department for Education had written to the Council confirming an indicative allocation of £1,930,000 for the Holiday Activities and Food programme for 2029/30, to provide free holiday clubs.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Garrowby County Council 1930000" {
		t.Errorf("awards %s", got)
	}
}

// "That an open grants round of £1,210,000 be approved": the pot of a
// round still to run, a budget, not a round's awards.
func TestOpenGrantsRoundBeApproved(t *testing.T) {
	r := parseHTML(t, `<p>The Holiday Activities and Food programme is run by the council.</p><p>RESOLVED that an open grants round of £1,210,000 be approved, and authority be delegated to the Director to award grants from it.</p>`)
	if len(r.Rounds) != 0 || len(r.Limits) != 1 || r.Limits[0].Amount != 1210000 {
		t.Errorf("rounds %+v limits %+v", r.Rounds, r.Limits)
	}
}

// "Community Arts and Heritage Small Grants 2025/26 – first allocation"
// over "grants totalling £12,300 be awarded to the four organisations":
// a grants scheme's numbered allocation is its round; "an allocation of
// £500,000 to the council" is none.
func TestNumberedAllocationOfGrantsIsRound(t *testing.T) {
	r := parseHTML(t, `<h2>44. Community Arts and Heritage Small Grants 2025/26 – first allocation</h2><p>RESOLVED that grants totalling £12,300 be awarded to the four organisations listed above, and that the remaining £7,700 be carried forward to a second allocation in January 2026.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	r = parseHTML(t, `<p>Leeds City Council receives an allocation of £500,000 from the Towns Fund grants.</p>`)
	for _, rd := range r.Rounds {
		if rd.Round != nil {
			t.Errorf("numbered round %+v", rd)
		}
	}
}

// "approved a £275,000 Heat Network Development Grant to Ashvale College":
// one grant named by its scheme goes to the college; "the £5m Heat Network
// Development Grant" is still the scheme's budget.
func TestOneNamedGrantIsAward(t *testing.T) {
	r := parseHTML(t, `<p>The Heat Network Development Grant opened in April.</p><p>The investment committee approved a £275,000 Heat Network Development Grant to Ashvale College to fit a heat pump in its engineering block.</p>`)
	if got := awardList(r); got != "Ashvale College 275000" || len(r.Limits) != 0 {
		t.Errorf("awards %s limits %+v", got, r.Limits)
	}
	r = parseHTML(t, `<p>The Heat Network Development Grant opened in April.</p><p>Councils can bid for the £5m Heat Network Development Grant until June.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 5000000 || len(r.Awards) != 0 {
		t.Errorf("limits %+v awards %+v", r.Limits, r.Awards)
	}
}

// "The Partnership will lend £6.5m to Ashvale Heat Ltd": a loan, to be
// repaid, is no grant.
func TestLendingIsNoAward(t *testing.T) {
	r := parseHTML(t, `<p>The Partnership will lend £6.5m to Ashvale Heat Ltd, the company set up by Ashvale Borough Council, from its Net Zero Investment Facility.</p><p>The Heat Network Development Grant has also awarded £1.35m to Ashvale Heat Ltd.</p>`)
	if got := awardList(r); got != "Ashvale Heat Ltd 1350000" {
		t.Errorf("awards %s", got)
	}
}

// "Eight councils share £7.45m in second round of EV Chargepoint
// Accelerator" over "... in the second round of the Local EV Chargepoint
// Accelerator Fund": the headline's name is the body's without its first
// word and head, one fund and one round.
func TestInnerFormOfFundName(t *testing.T) {
	r := parseHTML(t, `<h1>Eight councils share £7.45m in second round of EV Chargepoint Accelerator</h1><p>Eight councils were awarded a combined £7.45m in the second round of the Local EV Chargepoint Accelerator Fund.</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "Local EV Chargepoint Accelerator Fund" || len(r.Rounds) != 1 {
		t.Errorf("funds %q rounds %+v", r.Funds, r.Rounds)
	}
}

// "the Hallam Valley Rail Partnership – a consortium led by Greyfield
// Metropolitan Borough Council with ... – which has been awarded £8.4m":
// the partnership named gets the award, its lead is only described; "a
// consortium led by X" with no name of its own still gives X.
func TestNamedPartnershipBeforeLedBy(t *testing.T) {
	r := parseHTML(t, `<p>The biggest winner is the Hallam Valley Rail Partnership – a consortium led by Greyfield Metropolitan Borough Council with Stockleigh and Orton councils – which has been awarded £8.4m to reopen Kelby Lane station.</p><p>The Tarn Link Partnership, a group led by Orton Council, received £2m.</p><p>A consortium led by Stockleigh Council, which includes two colleges, has been awarded £1.2m.</p>`)
	if got := awardList(r); got != "Hallam Valley Rail Partnership 8400000|Tarn Link Partnership 2000000|Stockleigh Council 1200000" {
		t.Errorf("awards %s", got)
	}
}

// "The Council had been successful in its bid to the X Fund, administered
// by Y, and had been offered a capital grant of £3,460,000" in a council's
// minutes: the verb after ", and" shares the opening subject, "the
// Council", the council whose minutes these are.
func TestOneWordSubjectBeforeAndClause(t *testing.T) {
	r := parsePage(t, `<html><head><title>Minutes - Cabinet - Kelbrook Borough Council</title></head><body><article><p>The Council had been successful in its bid to the Neighbourhood Chargepoint Fund, administered by the Zero Emission Mobility Unit, and had been offered a capital grant of £3,460,000 to install around 600 chargepoints.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Kelbrook Borough Council 3460000" {
		t.Errorf("awards %s", got)
	}
}

// "the council will put £500,000 from its own capital programme into the
// scheme": the body's own money, not a fund's budget.
func TestOwnMoneyPutIntoSchemeIsNoLimit(t *testing.T) {
	r := parseHTML(t, `<p>Alongside the pathfinder grant from the Resilient Catchments Fund, the council will put £500,000 from its own capital programme into the scheme.</p>`)
	if len(r.Limits) != 0 || len(r.Awards) != 0 {
		t.Errorf("limits %+v awards %+v", r.Limits, r.Awards)
	}
	r = parseHTML(t, `<p>The Resilient Catchments Fund opened in May. The council will put £500,000 into the fund.</p>`)
	if len(r.Limits) != 1 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "First published: <time>20 May 2027</time>" beside "Last updated:
// <time>2 June 2027</time>": the time labelled published, though the
// updated one's enclosing element follows the published line.
func TestFirstPublishedBeforeLastUpdated(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Green skills</h1><div class="dates"><span>First published: <time datetime="2027-05-20">20 May 2027</time></span> <span>Last updated: <time datetime="2027-06-02">2 June 2027</time></span></div><p>The council has awarded £40,000 to Dunmore Scouts.</p></article></body></html>`, Meta{})
	if r.Published != "2027-05-20" {
		t.Errorf("published %q", r.Published)
	}
}

// "Community foundation | Match award": the fund's match award is what
// each foundation is given, and "Community foundation" names who.
func TestMatchAwardColumn(t *testing.T) {
	r := parseHTML(t, `<p>First awards from the Local Endowment Fund.</p><table><tr><th>Community foundation</th><th>Match award</th></tr><tr><td>Severnside Community Foundation</td><td>£650,000</td></tr><tr><td>Fellmoor Community Foundation</td><td>£480,000</td></tr></table>`)
	if got := awardList(r); got != "Severnside Community Foundation 650000|Fellmoor Community Foundation 480000" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<table><tr><th>Organisation</th><th>Grant</th><th>Match funding</th></tr><tr><td>Fellmoor Trust</td><td>£50,000</td><td>£20,000</td></tr><tr><td>Dunmore Trust</td><td>£40,000</td><td>£10,000</td></tr></table>`)
	if got := awardList(r); got != "Fellmoor Trust 50000|Dunmore Trust 40000" {
		t.Errorf("awards %s", got)
	}
}

// "in the first round of the Local Endowment Match Fund": a word of a
// fund's name ("Match") is no cue of match funding, even where the window
// after the figure cuts the name off.
func TestFundNameCutByWindowIsNoCue(t *testing.T) {
	r := parseHTML(t, `<p>Nine charities were awarded a combined £4.2 million in the first round of the Local Endowment Match Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 4200000 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "A further £6.3 million is available in the second round of the fund"
// on a page announcing the first round's awards: round 2 is to come, so
// the page's unnumbered batch is not round 2.
func TestAvailableInNextRoundIsFuture(t *testing.T) {
	r := parsePage(t, `<html><body><article><h1>Nine community foundations share £4.2 million</h1><p>Published 14 January 2027</p><p>Nine community foundations will share £4.2 million from the Local Endowment Fund to build endowments, the Minister announced today.</p><p>A further £6.3 million is available in the second round of the fund in 2027 to 2028. Applications open on 7 April 2027.</p></article></body></html>`, Meta{})
	if len(r.Rounds) != 1 || r.Rounds[0].Round != nil {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "Each partner will receive £500k over three years. The four partners
// are:" over items "Doorstep Youth Housing, which runs supported
// lodgings;": each item's name, before what it is.
func TestEachListItemNameBeforeDescription(t *testing.T) {
	r := parseHTML(t, `<p>Each partner will receive £500k over three years.</p><p>The three partners are:</p><ul><li>Doorstep Youth Housing, which runs supported lodgings;</li><li>The Threshold Project, providing emergency beds;</li><li>Harbour Lights Youth Shelter, the only night shelter on the coast.</li></ul>`)
	if got := awardList(r); got != "Doorstep Youth Housing 500000|Threshold Project 500000|Harbour Lights Youth Shelter 500000" {
		t.Errorf("awards %s", got)
	}
}

// "has renewed its Health and Wellbeing Programme grant to the Glenmorven
// Community Midwifery Project for a third year at £48,000" and "Ardnashee
// Befriending Network – a second-year renewal of £22,500": grants made
// again are awards.
func TestRenewedGrants(t *testing.T) {
	r := parseHTML(t, `<p>The Trust has renewed its Health and Wellbeing Programme grant to the Glenmorven Community Midwifery Project for a third year at £48,000.</p><ul><li>Ardnashee Befriending Network – a second-year renewal of £22,500, also from the Health and Wellbeing Programme, for its befriending service.</li><li>Kilbrackie Sea Kayak Club – a grant of up to £15,000 towards a boat store.</li></ul>`)
	if got := awardList(r); got != "Glenmorven Community Midwifery Project 48000|Ardnashee Befriending Network 22500|Kilbrackie Sea Kayak Club 15000" {
		t.Errorf("awards %s", got)
	}
}

// "Analysis of grants payable by area:" over "Health and disability |
// £512,400 | 24 grants": a total broken down by kind, not grants to
// bodies named "Health and disability".
func TestAnalysisByAreaTableIsNoAwards(t *testing.T) {
	r := parseHTML(t, `<p>Analysis of grants payable by area:</p><table><tr><td>Health and disability</td><td>£512,400</td><td>24 grants</td></tr><tr><td>Education and young people</td><td>£468,100</td><td>26 grants</td></tr></table>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
	r = parseHTML(t, `<p>Grants awarded in March:</p><table><tr><td>Fellmoor Youth Trust</td><td>£12,400</td></tr><tr><td>Dunmore Scouts</td><td>£8,100</td></tr></table>`)
	if got := awardList(r); got != "Fellmoor Youth Trust 12400|Dunmore Scouts 8100" {
		t.Errorf("awards %s", got)
	}
}

// "has awarded 4.8 million pounds to the Northern Stroke Recovery Network,
// a partnership of three NHS trusts ..., led by Wearbridge University
// Hospitals NHS Foundation Trust": the network named, as for a subject;
// "the Canalside Homes Partnership, led by Weoley Housing Group" (no
// appositive) still gives the lead.
func TestNamedPartnershipObjectBeforeLedBy(t *testing.T) {
	r := parseHTML(t, `<p>The Lindqvist Trust has awarded 4.8 million pounds to the Northern Stroke Recovery Network, a partnership of three NHS trusts and two universities, led by Wearbridge University Hospitals NHS Foundation Trust.</p><p>A further £3.1m will go to the Canalside Homes Partnership, led by Weoley Housing Group, to build homes.</p>`)
	if got := awardList(r); got != "Northern Stroke Recovery Network 4800000|Weoley Housing Group 3100000" {
		t.Errorf("awards %s", got)
	}
}

// "the Trust's 2028 Strategic Awards round, which totals £11.35m" and
// "The latest round totals £11.35m": a round's total, numbered or not.
func TestUnnumberedRoundTotals(t *testing.T) {
	for _, p := range []string{
		`<p>The award is the largest of six made in the Trust's 2028 Strategic Awards round, which totals £11.35m.</p>`,
		`<p>The latest round totals £11.35m.</p>`,
		`<p>The 2028 Strategic Awards round totals £11.35m.</p>`,
	} {
		r := parseHTML(t, p)
		if len(r.Rounds) != 1 || *r.Rounds[0].Total != 11350000 {
			t.Errorf("%s: rounds %+v", p, r.Rounds)
		}
	}
}

// "Alongside Community Impact Grants, the Foundation's Matching Gifts
// Program ...": the opening preposition is no word of the name.
func TestOpeningPrepositionNotInFundName(t *testing.T) {
	r := parseHTML(t, `<p>The Foundation today announced $3.5 million in Community Impact Grants to 22 nonprofit organizations.</p><p>Alongside Community Impact Grants, the Foundation’s Matching Gifts Program doubles personal donations made by associates.</p>`)
	for _, f := range r.Funds {
		if strings.HasPrefix(f, "Alongside") {
			t.Errorf("funds %q", r.Funds)
		}
	}
	if len(r.Funds) == 0 {
		t.Errorf("no funds")
	}
}

// "we said yes to 14 groups, totalling £96,500": the batch, counted after
// the verb of choosing.
func TestSaidYesToCountedBatch(t *testing.T) {
	r := parseHTML(t, `<p>Last Thursday was panel day for Round 9 of the Neighbourhood Fund.</p><p>By half past four, after a lot of tea, we said yes to 14 groups, totalling £96,500.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 14 || *r.Rounds[0].Total != 96500 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "<td>Kellbeck Community Larder<br><i>Core costs</i></td>": the
// organisation is the cell's first line; the line under it says what for.
func TestTableCellFirstLineNamesRecipient(t *testing.T) {
	r := parseHTML(t, `<table><tr><th>Organisation</th><th>Grant</th></tr><tr><td>Eskvale Hospice at Home<br><i>Night-sitting service for families</i></td><td>£90,000</td></tr><tr><td>Kellbeck Community Larder<br><i>Core costs</i></td><td>£8,000</td></tr></table>`)
	if got := awardList(r); got != "Eskvale Hospice at Home 90000|Kellbeck Community Larder 8000" {
		t.Errorf("awards %s", got)
	} else if r.Awards[0].Purpose != "Night-sitting service for families" {
		t.Errorf("purpose %q", r.Awards[0].Purpose)
	}
}

// "Spring 2026 grants: 14 local groups share £58,940" over "... the
// spring round of our Community Grants Programme ... 14 groups will share
// £58,940 in this round": the headline's batch is the programme's, not
// that of the fund the page names most.
func TestHeadingBatchTakesThisRoundsFund(t *testing.T) {
	r := parseHTML(t, `<h1>Spring 2026 grants: 14 local groups share £58,940</h1><p>Posted on May 14, 2026 by Jo McAteer</p><p>Our grants panels met over two evenings at the end of April to work through 41 applications to the spring round of our Community Grants Programme. It was, as ever, a tough job.</p><p>We are delighted to confirm that 14 groups will share £58,940 in this round, drawn from three of the funds we look after. Groups could ask for up to £6,000, or up to £10,000 from the Youth Fund.</p><h2>Youth Fund</h2><p><strong>Ashbrook Scouts</strong> £4,000 – new tents</p><p>The Youth Fund is for groups working with young people.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Community Grants Programme" {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "Shortlisted groups will be offered up to £10,000": what each of an
// uncounted many may get, a cap; "Twelve charities will receive up to
// £10,000" stays a counted batch.
func TestUncountedPluralUpToIsCap(t *testing.T) {
	r := parseHTML(t, `<p>The Coastal Futures Fund opens today.</p><p>Shortlisted groups will be offered up to £10,000 in development support to work up a full bid.</p>`)
	if len(r.Rounds) != 0 || len(r.Awards) != 0 {
		t.Errorf("rounds %+v awards %+v", r.Rounds, r.Awards)
	}
	r = parseHTML(t, `<p>The Coastal Futures Fund opens today.</p><p>Twelve charities will receive up to £10,000.</p>`)
	if len(r.Rounds) != 1 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "Neighbouring Murrin Creek Shire Council was also successful in round
// two, receiving $1.4 million": the participle's subject is the council
// the clause names, not "successful in round two".
func TestParticipleAfterNamedClauseSubject(t *testing.T) {
	r := parseHTML(t, `<p>Neighbouring Murrin Creek Shire Council was also successful in round two, receiving $1.4 million to rebuild the Bank Street footpaths.</p>`)
	if got := awardList(r); got != "Murrin Creek Shire Council 1400000" {
		t.Errorf("awards %s", got)
	}
}

// "the £1.78 million grant the council secured from the second wave of
// the X Fund": the council's grant; "the £50,000 award that Dunmore
// Scouts won last year" the scouts'.
func TestGrantSecuredByClause(t *testing.T) {
	r := parsePage(t, `<html><head><title>News - Harcastle City Council</title></head><body><article><p>Remediation is being paid for by the £1.78 million grant the council secured from the second wave of the Brownfield Homes Release Fund in January.</p><p>The hall was rebuilt with the £50,000 award that Dunmore Scouts won last year.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Harcastle City Council 1780000|Dunmore Scouts 50000" {
		t.Errorf("awards %s", got)
	}
}

// "the council's Home Adaptations Grant allocation for 2028/29 had been
// confirmed by the government at £2,370,000" in a council's minutes, and
// "Ravensholt District Council's allocation is £2,370,000": the body's
// grant; "The Fund's allocation ... is" is no body's.
func TestOwnersAllocationIsAward(t *testing.T) {
	r := parsePage(t, `<html><head><title>Minutes - Cabinet - Ravensholt District Council</title></head><body><article><p>The Head of Housing reported that the council's Home Adaptations Grant allocation for 2028/29 had been confirmed by the government at £2,370,000, an increase of 6.5% on the previous year.</p><p>Elsewhere, Dunmore Borough Council's allocation for 2028/29 is £1,200,000.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Ravensholt District Council 2370000|Dunmore Borough Council 1200000" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<p>The Fund's allocation for 2028/29 is £2,370,000.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
}

// "Merrowby was one of 51 places that shared £412m in the second round of
// the X Fund": the round of 51.
func TestOneOfCountedPluralThatShared(t *testing.T) {
	r := parseHTML(t, `<p>Merrowby was one of 51 places that shared £412m in the second round of the Community Places Capital Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 51 || len(r.Awards) != 0 {
		t.Errorf("rounds %+v awards %s", r.Rounds, awardList(r))
	}
}

// "The fiscal year 2028 budget signed by the Governor in June includes $25
// million for the program": the program's budget, the budget's verb after
// a participle that names who signed it.
func TestBudgetSignedByIncludesForProgram(t *testing.T) {
	r := parseHTML(t, `<p>The Main Street Reinvestment Grant Program helps towns.</p><p>The fiscal year 2028 budget signed by the Governor in June includes $25 million for the program, and a fifth round is expected to open in January.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 25000000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Providers are paid £2,150 per learner on average": a rate per unit, no
// batch and no grant; "up to £7,500 per home" stays a cap.
func TestPerUnitRateIsNoRound(t *testing.T) {
	r := parseHTML(t, `<p>The Skills Bootcamps Programme opens today.</p><p>Providers are paid £2,150 per learner on average: 30% when a learner starts and 70% when they complete.</p>`)
	if len(r.Rounds) != 0 || len(r.Awards) != 0 {
		t.Errorf("rounds %+v awards %s", r.Rounds, awardList(r))
	}
	r = parseHTML(t, `<p>The Warm Homes Retrofit Fund opens today.</p><p>The fund contributes up to £7,500 per home, depending on the starting energy rating.</p>`)
	if len(r.Caps) != 1 {
		t.Errorf("caps %+v", r.Caps)
	}
}

// "Governors have set a budget of £2.4m for 2025/26" on a page naming no
// fund, grant or call: a body's own budget, no fund's limit; "£600,000
// was available for allocation" stays one.
func TestOwnBudgetOnPageWithoutFund(t *testing.T) {
	r := parseHTML(t, `<p>The school was inspected in May.</p><p>Governors have set a budget of £2.4m for 2025/26 that depends on savings from staffing.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
	r = parseHTML(t, `<p>The report explained that £600,000 was available for allocation in 2025/26.</p>`)
	if len(r.Limits) != 1 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "2.3 Funding available in Round 2: £5,000,000 across 2027/28 and
// 2028/29" and "Budget for 2027/28: £300,000": labels of the fund's pot,
// with what they are for before the colon.
func TestPotLabelWithRoundOrYear(t *testing.T) {
	r := parseHTML(t, `<p>The Board approved four grants totalling £4,045,000 from Round 2 of the Local Skills Innovation Fund.</p><p>2.3 Funding available in Round 2: £5,000,000 across 2027/28 and 2028/29.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 5000000 {
		t.Errorf("limits %+v", r.Limits)
	}
	r = parseHTML(t, `<p>The Board approved grants from the Local Skills Innovation Fund.</p><p>Budget for 2027/28: £300,000.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "... after securing a £750,000 package from the X Fund." then
// "Alderbrook Cask Company Ltd, which makes casks, will receive a £250,000
// grant and a £500,000 loan": the package retold in parts, of which only
// the grant is an award.
func TestPackageRetoldAsGrantAndLoan(t *testing.T) {
	r := parseHTML(t, `<h1>Cooperage expansion backed by £750,000 Growth Fund package</h1><p>A family-run cooperage in the Marches Valley is to double its workshop space and take on 18 new staff after securing a £750,000 package from the Marches Valley Growth Fund.</p><p>Alderbrook Cask Company Ltd, which makes and repairs oak casks for distilleries and breweries, will receive a £250,000 grant and a £500,000 loan towards a new workshop.</p>`)
	if got := awardList(r); got != "Alderbrook Cask Company Ltd 250000" {
		t.Errorf("awards %s", got)
	}
}

// "has picked the ten companies for its fourth cohort, with each receiving
// £25,000" and "The companies joining, each of which will receive £25,000,
// are:" over the list: an award to each company listed, none to the
// accelerator.
func TestEachOfWhichOverList(t *testing.T) {
	r := parseHTML(t, `<p>Tyneford's Harbourlight Accelerator has picked the three early-stage companies that will make up its fourth cohort, with each receiving £25,000 in equity-free funding.</p><p>The companies joining, each of which will receive £25,000, are:</p><ul><li>Kelpie Analytics – sensor buoys for seaweed farms</li><li>Smallholder.io – bookkeeping for small farms</li><li>Loomwise – a marketplace for textile offcuts</li></ul>`)
	if got := awardList(r); got != "Kelpie Analytics 25000|Smallholder.io 25000|Loomwise 25000" {
		t.Errorf("awards %s", got)
	}
}

// "received a £500k investment for a minority stake": shares bought, no
// grant; "received a £500k grant for a new line" is one.
func TestInvestmentForStakeIsNoAward(t *testing.T) {
	r := parseHTML(t, `<p>Thornclough Materials Ltd, a spin-out that makes insulation from recycled wool, received a £500k investment for a minority stake.</p><p>Gritstone AI Ltd received a £50,000 grant for a new production line.</p>`)
	if got := awardList(r); got != "Gritstone AI Ltd 50000" {
		t.Errorf("awards %s", got)
	}
}

// "Applicant | Product | Amount" with "Loan (7 years)" and "Equity
// (19.9%)" rows beside "Grant" rows: only the grants are awards.
func TestLoanAndEquityRowsAreNoAwards(t *testing.T) {
	r := parseHTML(t, `<table><tr><th>Applicant</th><th>Product</th><th>Amount</th></tr><tr><td>Embleton Heat Networks CIC</td><td>Grant</td><td>£1.2m</td></tr><tr><td>Brinkburn Steel Fabrications Ltd</td><td>Loan (7 years)</td><td>£2 million</td></tr><tr><td>Felton Carbon Capture Ltd</td><td>Equity (19.9%)</td><td>£600,000</td></tr></table>`)
	if got := awardList(r); got != "Embleton Heat Networks CIC 1200000" {
		t.Errorf("awards %s", got)
	}
}

// "Round | Decided | Businesses | Grants approved" over "Round 1 |
// November 2025 | 14 | £2.1m": earlier rounds, each with its count of
// businesses, not awards to "Round 1".
func TestRoundTableWithCountOfBodies(t *testing.T) {
	r := parseHTML(t, `<p>Thirteen businesses will share almost £2.4m in grants from the fifth round of the Wolds Coast Business Growth Fund.</p><table><tr><th>Round</th><th>Decided</th><th>Businesses</th><th>Grants approved</th></tr><tr><td>Round 1</td><td>November 2025</td><td>14</td><td>£2.1m</td></tr><tr><td>Round 2</td><td>April 2026</td><td>11</td><td>£1.8m</td></tr></table>`)
	if len(r.Rounds) != 3 || len(r.Awards) != 0 {
		t.Fatalf("rounds %+v awards %s", r.Rounds, awardList(r))
	}
	for _, rd := range r.Rounds[1:] {
		if rd.Projects == nil || *rd.Projects < 11 {
			t.Errorf("round %+v", rd)
		}
	}
}

// Official statistics: "Area | Number of grants | Value (£ thousands)"
// rows add up many grants each, and "offered 214 grants worth a total of
// £11.6 million in the 2026 to 2027 financial year" is a year's giving:
// neither awards nor a round.
func TestGrantStatisticsByArea(t *testing.T) {
	r := parseHTML(t, `<p>The Northern Lights Enterprise Fund offered 214 grants worth a total of £11.6 million in the 2026 to 2027 financial year.</p><table><tr><th>Area</th><th>Number of grants</th><th>Value (£ thousands)</th></tr><tr><td>Aldmoor</td><td>41</td><td>2,310</td></tr><tr><td>Braithwaite</td><td>29</td><td>1,505</td></tr></table>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 0 {
		t.Errorf("awards %s rounds %+v", awardList(r), r.Rounds)
	}
}

// "The joint committee is proposing a fund of around £30m over five years":
// a fund not yet set up, no limit; "The fund has £30m available" is one.
func TestProposingAFundIsNoLimit(t *testing.T) {
	r := parseHTML(t, `<p>The Cheviot Marches Innovation Investment Fund is out to consultation.</p><p>The joint committee is proposing a fund of around £30m over five years.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
	r = parseHTML(t, `<p>The Cheviot Marches Innovation Investment Fund opened today.</p><p>The fund has £30m available over five years.</p>`)
	if len(r.Limits) != 1 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// Under the heading "Seaboard Innovation Fund", "Feasibility grants of up
// to €50,000 are available" then "The fund has €12 million available ...,
// co-financed by the European Regional Development Fund": the budget is
// the fund the section names, not its co-financer's nor the grants'.
func TestCoFinancedFundBudgetIsSectionFunds(t *testing.T) {
	r := parseHTML(t, `<p>The agency approved €1,025,500 from its Seaboard Innovation Fund for three companies. Its Seaboard Ventures Fund also invested.</p><h2>Seaboard Innovation Fund</h2><p>The Seaboard Innovation Fund supports research. Feasibility grants of up to €50,000 are available for early-stage projects.</p><p>The fund has €12 million available over the 2028 to 2030 period, co-financed by the European Regional Development Fund.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Seaboard Innovation Fund" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// A PDF converted with each line a <div style="position:absolute;top:..;
// left:.."> and its table given column by column (the names under
// "Recipient", then the figures under "Total"): the rows rebuilt from the
// lines' heights.
func TestPositionedDivsColumnByColumn(t *testing.T) {
	line := func(top, left int, text string) string {
		return fmt.Sprintf(`<div style="position:absolute;top:%dpx;left:%dpx;white-space:nowrap" class="ft18">%s</div>`, top, left, text)
	}
	var b strings.Builder
	b.WriteString(`<div id="page1-div" style="position:relative;width:892px;height:1262px;">`)
	b.WriteString(line(60, 96, "2.1 Cabinet RESOLVED to approve the first round of allocations from"))
	b.WriteString(line(78, 96, "the Town Centre Resilience Fund, as set out in Table 1."))
	b.WriteString(line(120, 96, "Recipient"))
	for k, n := range []string{"Hexley Market Traders’ Association", "St Aldwyn’s Arcade Ltd", "Hexley BID Company"} {
		b.WriteString(line(144+18*k, 96, n))
	}
	b.WriteString(line(120, 330, "Scheme"))
	for k, n := range []string{"Covered market stall canopies", "Arcade shopfront restoration", "Evening economy lighting"} {
		b.WriteString(line(144+18*k, 330, n))
	}
	b.WriteString(line(120, 620, "Total (£)"))
	for k, n := range []string{"125,000", "345,000", "180,000"} {
		b.WriteString(line(144+18*k, 620, n))
	}
	b.WriteString(`</div>`)
	r := parseHTML(t, b.String())
	if got := awardList(r); got != "Hexley Market Traders’ Association 125000|St Aldwyn’s Arcade Ltd 345000|Hexley BID Company 180000" {
		t.Errorf("awards %s", got)
	}
}

// "RESOLVED to delegate authority ... to agree the terms of a second round
// using the remaining budget": a round still to come, so the batch
// approved is no round 2.
func TestDelegatedSecondRoundIsFuture(t *testing.T) {
	r := parseHTML(t, `<p>Cabinet RESOLVED to approve the first allocations from the Town Centre Resilience Fund.</p><table><tr><th>Recipient</th><th>Grant (£)</th></tr><tr><td>Hexley BID Company</td><td>180,000</td></tr><tr><td>Northfield Parade Traders</td><td>105,000</td></tr><tr><td>Total</td><td>285,000</td></tr></table><p>Cabinet further RESOLVED to delegate authority to the Director to agree the terms of a second round using the remaining budget.</p>`)
	if rd := roundOfNumber(r, 2); rd != nil {
		t.Errorf("rounds %+v", r.Rounds)
	}
	if len(r.Rounds) != 1 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// "<tr><td>•</td><td>St Wenna's Church, Upper Dray – £25,000 towards
// ...</td></tr>": a list laid out as a table, each row an item.
func TestBulletTableIsList(t *testing.T) {
	r := parseHTML(t, `<p>The trustees made these grants:</p><table><tr><td>•</td><td>St Wenna's Church, Upper Dray – £25,000 towards rehanging the bells.</td></tr><tr><td>•</td><td>Dray Valley Riding for the Disabled – £18,250 for a new arena surface.</td></tr></table>`)
	if got := awardList(r); got != "St Wenna's Church 25000|Dray Valley Riding for the Disabled 18250" {
		t.Errorf("awards %s", got)
	}
}

// "the maximum grant under the Community Grants scheme is £25,000": one
// grant's cap, no budget for the scheme.
func TestMaximumGrantUnderSchemeIsNoLimit(t *testing.T) {
	r := parseHTML(t, `<p>The Community Grants scheme is open.</p><p>Please remember that the maximum grant under the Community Grants scheme is £25,000 and that we cannot fund the same organisation twice.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "A 220-cow family dairy near Llanhowell has been awarded £180k" then
// "Byre Lane Dairy, run by ...": a body described, then named; neither the
// place nor a count of 220.
func TestDescribedBodyNearPlaceNamedNext(t *testing.T) {
	r := parseHTML(t, `<p>A 220-cow family dairy near Llanhowell has been awarded £180k from the Rural Productivity Grant to install two milking robots.</p><p>Byre Lane Dairy, run by Carys Bevan, says the robots will free up time.</p>`)
	if got := awardList(r); got != "Byre Lane Dairy 180000" || len(r.Rounds) != 0 {
		t.Errorf("awards %s rounds %+v", got, r.Rounds)
	}
}

// "from the second round of Cronfa Cymunedau Gwydn (the Resilient
// Communities Fund)": the Welsh name read from "round of", the English
// one in brackets, one fund by its English name.
func TestRoundOfWelshNameWithEnglishInBrackets(t *testing.T) {
	r := parseHTML(t, `<h1>£3.6 million for 22 community buildings from Cronfa Cymunedau Gwydn</h1><p>Twenty-two community organisations will share £3.6 million from the second round of Cronfa Cymunedau Gwydn (the Resilient Communities Fund), the Cabinet Secretary announced today.</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "Resilient Communities Fund" || len(r.Rounds) != 1 || r.Rounds[0].Fund != "Resilient Communities Fund" {
		t.Errorf("funds %q rounds %+v", r.Funds, r.Rounds)
	}
}

// "announced the first awards from the Historic Rural Buildings Rescue
// Scheme": a scheme named where its awards are, though no figure is.
func TestSchemeNamedWithAwardsNoFigure(t *testing.T) {
	r := parseHTML(t, `<p>The minister announced the first awards from the Historic Rural Buildings Rescue Scheme.</p><p>The first round of the scheme provides £2.34 million to four projects.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Historic Rural Buildings Rescue Scheme" {
		t.Errorf("funds %q rounds %+v", r.Funds, r.Rounds)
	}
}

// "A Scottish Government fund that paid out £27.4m to regenerate town
// centres cannot demonstrate what it achieved, the Scottish Public Audit
// Commission has said": the body reporting is no grantee.
func TestReportingClauseIsNoGrantee(t *testing.T) {
	r := parseHTML(t, `<p>A Scottish Government fund that paid out £27.4m to regenerate town centres cannot demonstrate what most of its projects achieved, the Scottish Public Audit Commission has said.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
}

// "<h2>Harbour Street Bakery</h2><p>The bakery lost its ovens. A recovery
// grant of £18,400 has paid for new ones.</p>" and "<h2>Kestrel Print &
// Design</h2><p>... The company received the maximum £25,000 grant</p>":
// the body the heading names, not the one named last; "It has given more
// than $41 million" under a heading tells of a funder.
func TestSectionHeadingNamesBodyOfLaterSentences(t *testing.T) {
	r := parseHTML(t, `<h2>Harbour Street Bakery</h2><p>The bakery lost both of its deck ovens in the flood. A recovery grant of £18,400 has paid for replacement ovens.</p><h2>Kestrel Print &amp; Design</h2><p>Kestrel's print room was under water. The company received the maximum £25,000 grant to replace its printer.</p><h2>About the Harlan Foundation</h2><p>The Foundation was set up in 1990. It has given more than $41 million since its founding.</p>`)
	if got := awardList(r); got != "Harbour Street Bakery 18400|Kestrel Print & Design 25000" {
		t.Errorf("awards %s", got)
	}
}

// "The Council's separate bid of £1.4m to the national flood defence
// programme for the Nethercote embankment was still being assessed": money
// asked for, no award; "Each school could bid for between £5,000 and
// £20,000" stays a cap.
func TestBidOfIsMoneyAskedFor(t *testing.T) {
	r := parseHTML(t, `<p>The Director of Finance advised that the Council's separate bid of £1.4m to the national flood defence grant-in-aid programme for the Nethercote embankment was still being assessed.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
	r = parseHTML(t, `<p>The Healthy Pupils Capital Fund is open. Each school could bid for between £5,000 and £20,000.</p>`)
	if len(r.Caps) != 1 {
		t.Errorf("caps %+v", r.Caps)
	}
}

// "That the first round of awards from the Brackenfold Community Recovery
// Fund, totalling £279,950, be approved": the round's total, not the
// fund's budget.
func TestRoundOfAwardsFromFundTotalling(t *testing.T) {
	r := parseHTML(t, `<p>RESOLVED that the first round of awards from the Brackenfold Community Recovery Fund, totalling £279,950, be approved as follows.</p>`)
	if len(r.Limits) != 0 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 279950 {
		t.Errorf("limits %+v rounds %+v", r.Limits, r.Rounds)
	}
}

// "Round 3 builds on Round 2, announced last year, which delivered $11.2
// million to 29 projects": the relative clause is round 2's, past an
// appositive.
func TestRelativeClauseRoundPastAppositive(t *testing.T) {
	r := parseHTML(t, `<p>Round 3 of the Drought Resilience and Recovery Program will provide $14 million to 31 projects.</p><p>Round 3 builds on Round 2, announced last year, which delivered $11.2 million to 29 projects, including emergency bores for 14 towns.</p>`)
	if got := roundList(r); !strings.Contains(got, "11200000/29") {
		t.Errorf("rounds %q %+v", got, r.Rounds)
	}
	for _, rd := range r.Rounds {
		if *rd.Total == 11200000 && (rd.Round == nil || *rd.Round != 2) {
			t.Errorf("round %+v", rd)
		}
	}
}

// "has increased its grant to Kellerton Shire Council from $1.2m to
// $1.5m" then "the extra $300,000 for Kellerton had come from unspent
// money": the change told again, one award at the new figure.
func TestExtraAfterIncreaseIsNoSecondAward(t *testing.T) {
	r := parseHTML(t, `<p>The Bushfire Community Recovery Fund has increased its grant to Kellerton Shire Council from $1.2m to $1.5m, the council confirmed on Friday.</p><p>A spokesperson for the authority said the extra $300,000 for Kellerton Memorial Hall had come from unspent money.</p>`)
	if got := awardList(r); got != "Kellerton Shire Council 1500000" {
		t.Errorf("awards %s", got)
	}
}

// A consultation: "Between 2019 and 2024 the Scottish Government invested
// £6.3 million in small harbours" is years of giving, and "Subject to the
// outcome of this consultation ... would expect to make an indicative
// budget of £12 million available" no budget yet.
func TestConsultationPastAndIndicativeFigures(t *testing.T) {
	r := parseHTML(t, `<p>The Community Ports and Slipways Fund is proposed.</p><p>Between 2019 and 2024 the Scottish Government invested £6.3 million in small harbour and slipway projects.</p><p>Subject to the outcome of this consultation and to future Scottish budgets, the Scottish Government would expect to make an indicative budget of £12 million available over the three financial years from 2027/28.</p>`)
	if len(r.Rounds) != 0 || len(r.Limits) != 0 || len(r.Awards) != 0 {
		t.Errorf("rounds %+v limits %+v awards %s", r.Rounds, r.Limits, awardList(r))
	}
}

// "We are delighted to confirm a €215k multi-year grant from the Youth
// Arts Fund to Ballinderry Youth Theatre": the kind of grant between the
// figure and its fund.
func TestMultiYearGrantFromFundTo(t *testing.T) {
	r := parseHTML(t, `<p>We are delighted to confirm a €215k multi-year grant from the Youth Arts Fund to Ballinderry Youth Theatre, covering a full-time youth arts worker.</p>`)
	if got := awardList(r); got != "Ballinderry Youth Theatre 215000" {
		t.Errorf("awards %s", got)
	}
}

// "First Marine Science Fund awards announced" over "the first call of
// the Northern Isles Marine Science Fund": the headline's ordinal is no
// word of the name, and the two are one fund; "First Steps Fund" keeps
// its first word.
func TestHeadlineOrdinalBeforeFundName(t *testing.T) {
	r := parseHTML(t, `<h1>First Marine Science Fund awards announced</h1><p>Four projects will share £2.4m in the first call of the Northern Isles Marine Science Fund.</p><p>Its overall budget is £6m, to be allocated through three calls.</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "Northern Isles Marine Science Fund" || len(r.Limits) != 1 || r.Limits[0].Fund != "Northern Isles Marine Science Fund" {
		t.Errorf("funds %q limits %+v", r.Funds, r.Limits)
	}
	r = parseHTML(t, `<p>The First Steps Fund has awarded £2,000 to Dunmore Scouts.</p>`)
	if len(r.Funds) != 1 || r.Funds[0] != "First Steps Fund" {
		t.Errorf("funds %q", r.Funds)
	}
}

// "from the third round of the Welsh Government's Cronfa Hwb Gwledig, the
// rural business growth fund": a description in lowercase, not the
// fund's English name.
func TestLowercaseGlossIsNoTranslation(t *testing.T) {
	r := parseHTML(t, `<p>Twenty-seven rural firms will share 4.8 million pounds from the third round of the Welsh Government's Cronfa Hwb Gwledig, the rural business growth fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Fund != "Cronfa Hwb Gwledig" {
		t.Errorf("funds %q rounds %+v", r.Funds, r.Rounds)
	}
}

// "<h3>Holme Fold Tenants' and Residents' Association</h3><p>... The
// association receives £48,750 to ...</p>": any word for a body named
// earlier ("the association", "the hospice") points back to the heading,
// not only "the company" or "the charity".
func TestSectionHeadingAnyBodyWord(t *testing.T) {
	r := parseHTML(t, `<p>Six groups share £310,000 from the Stronger Together programme.</p><h2>Oldbridge Youth Music</h2><p>Almost £120,000 over three years will allow Oldbridge Youth Music to take its band sessions into schools.</p><h2>Holme Fold Tenants’ and Residents’ Association</h2><p>The association receives £48,750 to turn an empty flat into a community room.</p>`)
	if got := awardList(r); got != "Oldbridge Youth Music 120000|Holme Fold Tenants’ and Residents’ Association 48750" {
		t.Errorf("awards %s", got)
	}
}

// "Update: ... The society's grant of £62,000 has been withdrawn" above
// the original list that still names it, and "The £1.1 million grant to X,
// announced in August, was rescinded": a grant taken back is no award,
// wherever else the page states it.
func TestWithdrawnGrantLeavesTheList(t *testing.T) {
	r := parseHTML(t, `<p>Update (3 May): Tarnside Bell Ringers Society has told us it cannot go ahead. The society's grant of £62,000 has been withdrawn and the money returns to the fund.</p><p>The Bellfounders Trust has made three awards from its Tower Skills Fund:</p><ul><li>Tarnside Bell Ringers Society – £62,000 to train twelve new ringers.</li><li>Holmcroft Church Bells Appeal – £48,500 to rehang a ring of six.</li><li>Wexley Tower Trust – £30,000 for a new frame.</li></ul>`)
	if got := awardList(r); got != "Holmcroft Church Bells Appeal 48500|Wexley Tower Trust 30000" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<p>Four businesses will share $3.3 million under Round 2 of the Regional Jobs Accelerator Grants.</p><p>The $1.1 million grant to Coolabah Meats Pty Ltd, announced in August, was rescinded on 6 November after administrators were appointed. No funds had been paid.</p><ul><li>Yarrandale Olive Co – $860,000 for a new olive oil pressing plant</li></ul>`)
	if got := awardList(r); got != "Yarrandale Olive Co 860000" {
		t.Errorf("awards %s", got)
	}
}

// "X has approved $2.3 million in its spring grant round, with 67 grants
// going to ...": the round's total, unnumbered.
func TestApprovedInItsRound(t *testing.T) {
	r := parseHTML(t, `<p>Eastbrook Community Trust has approved $2.3 million in its spring grant round, with 67 grants going to sports clubs and community groups across the district.</p>`)
	if len(r.Rounds) != 1 || *r.Rounds[0].Total != 2300000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 67 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// A round's total told again after a change: "The second round now
// supports four schemes with a total of £864,000" after the headline's
// £1m, and "trustees increased the round from £4m to £5.5m ... so that 23
// projects could be funded" (read as one span).
func TestRevisedRoundTotal(t *testing.T) {
	r := parseHTML(t, `<h1>Five schemes share £1m in second round of the Craft Skills Fund</h1><p>One scheme has since withdrawn. The second round now supports four schemes with a total of £864,000.</p>`)
	if got := roundTotals(r); got[2] != 864000 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 4 {
		t.Errorf("rounds %v %+v", got, r.Rounds)
	}
	r = parseHTML(t, `<p>These are the results of the third round of the Village Energy Fund. Applications were so strong that trustees increased the round from £4m to £5.5m, so that 23 projects could be funded.</p>`)
	if got := roundTotals(r); got[3] != 5500000 || r.Rounds[0].Qualifier != nil || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 23 {
		t.Errorf("rounds %v %+v", got, r.Rounds)
	}
	// (but a scheme that "has now offered £5.26m to 23 businesses since
	// it was launched" adds up all its rounds)
	r = parseHTML(t, `<p>The fourth round of the Food Processing Scheme has offered £1.35m to five businesses. Including Round 4, the scheme has now offered £5.26m to 23 businesses since it was launched in 2025.</p>`)
	if got := roundTotals(r); got[4] != 1350000 {
		t.Errorf("rounds %v", got)
	}
}

// "Battery recycler Cellcycle lands £2.05m" over "A Walsall start-up ...
// has secured £2.05m" and "Cellcycle Technologies Ltd will use the grant":
// the headline's short name stands for the full one the body gives later,
// and £2.05m is no rounding of the £1.98m two other winners share.
func TestHeadlineShortNameAndUnroundedFigure(t *testing.T) {
	r := parseHTML(t, `<h1>Battery recycler Cellcycle lands £2.05m in manufacturing challenge</h1><p>A Walsall start-up that recovers lithium from spent batteries has secured £2.05m from the fourth competition of the Advanced Manufacturing Challenge Fund.</p><p>Cellcycle Technologies Ltd will use the grant to build a pilot line.</p><h3>Fourteen winners</h3><p>Other winners named today include Tamebridge Robotics, which receives £1.2m to develop a welding cell, and Arden Polymers, awarded £780,000 to trial recycled mouldings.</p>`)
	if got := awardList(r); got != "Cellcycle Technologies Ltd 2050000|Tamebridge Robotics 1200000|Arden Polymers 780000" {
		t.Errorf("awards %s", got)
	}
}

// "The figures for 2027/28, the first year of the grant, are shown for
// reference." above "Authority | 2027/28 (£) | 2028/29 (£)": the earlier
// year is there to compare, the award is the later one.
func TestYearColumnShownForReference(t *testing.T) {
	r := parseHTML(t, `<p>Our allocation from the Fire Protection Uplift Grant for 2028/29 is £1,250,000.</p><p>The figures for 2027/28, the first year of the grant, are shown for reference.</p><table><tr><th>Fire and rescue authority</th><th>2027/28 (£)</th><th>2028/29 (£)</th></tr><tr><td>Downland Fire Authority</td><td>1,180,000</td><td>1,250,000</td></tr><tr><td>Solent Reach Fire and Rescue Authority</td><td>842,300</td><td>884,400</td></tr></table>`)
	if got := awardList(r); got != "Downland Fire Authority 1250000|Solent Reach Fire and Rescue Authority 884400" {
		t.Errorf("awards %s", got)
	}
}

// A table of "illustrative allocations under the proposed formula" in a
// consultation shows what a proposal would give: no awards.
func TestIllustrativeAllocationsTable(t *testing.T) {
	r := parseHTML(t, `<p>The technical annex includes illustrative figures for every authority.</p><table><caption>Sample of illustrative allocations under the proposed formula</caption><tr><th>Authority</th><th>Current basis (£)</th><th>Proposed formula (£)</th></tr><tr><td>Ravensholt County Council</td><td>14,260,000</td><td>12,915,000</td></tr><tr><td>Nettlecombe City Council</td><td>6,480,000</td><td>7,366,000</td></tr></table>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
}

// "Grant | 2026/27 actual (£) | 2027/28 actual (£)" and "Issue | Value
// (£) | Effect on claim": rows that name grants or findings, not who was
// given money.
func TestTableOfGrantsOrFindingsHasNoGrantees(t *testing.T) {
	r := parseHTML(t, `<p>Table 1 shows the specific grants the council has received.</p><table><tr><th>Grant</th><th>2026/27 actual (£)</th><th>2027/28 actual (£)</th></tr><tr><td>Homelessness Prevention Grant</td><td>512,330</td><td>578,915</td></tr><tr><td>Town Centre Wardens Grant</td><td>90,000</td><td>90,000</td></tr></table>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
	r = parseHTML(t, `<p>We identified the following matters in the council's claim under the Bus Support Grant:</p><table><tr><th>Issue</th><th>Value (£)</th><th>Effect on claim</th></tr><tr><td>Contract payment for route 14A included in two claims</td><td>12,640</td><td>Claim amended</td></tr></table>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
}

// "the Secretary of State determines that grant of up to £3,400,000 shall
// be paid to Brackenfield Borough Council": a determination names its
// grantee; the "up to" is the award's hedge, not a cap on bids.
func TestGrantShallBePaidTo(t *testing.T) {
	r := parseHTML(t, `<p>In exercise of the powers conferred by section 31 of the Local Government Act 2003, the Secretary of State determines that grant of up to £3,400,000 shall be paid to Brackenfield Borough Council towards the costs of the coastal pathfinder.</p>`)
	if got := awardList(r); got != "Brackenfield Borough Council 3400000" || r.Awards[0].Qualifier == nil || *r.Awards[0].Qualifier != "up to" || len(r.Caps) != 0 {
		t.Errorf("awards %s caps %+v", got, r.Caps)
	}
}

// A page with no <article> or <main> whose long table of awards outweighs
// the prose around it: the table is part of the article, not the article
// itself, so its header, headline and figures are all read.
func TestLongTableOnPageWithoutArticle(t *testing.T) {
	var rows strings.Builder
	for i := range 40 {
		fmt.Fprintf(&rows, "<tr><td>Provider Number %s College</td><td>Course area of some length</td><td>£%d,000</td></tr>", strings.Repeat("X", i%7+1), 100+i)
	}
	page := `<html><head><title>Skills Fund first round awards</title></head><body><div id="nav"><a href="/">Home</a> <a href="/news">News</a></div><div id="content"><h1>Skills Fund first round awards</h1><p>Forty partnerships will share £4,780,000 in the first round of the Skills Fund, which pays for adult courses designed with local employers.</p><p>Each partnership has a lead provider, shown below, which receives the grant and passes funding on to its partners.</p><table><tr><th>Lead provider</th><th>Course area</th><th>Grant</th></tr>` + rows.String() + `</table></div><div id="footer">Contact us</div></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/n"})
	if len(r.Awards) != 40 || len(r.Rounds) != 1 || *r.Rounds[0].Total != 4780000 {
		t.Errorf("%d awards (%s), rounds %+v", len(r.Awards), awardList(r), r.Rounds)
	}
}

// "<div role="table"><div role="row"><span role="columnheader">Applicant
// </span>...": a table built of other elements is read as a table.
func TestAriaTable(t *testing.T) {
	r := parseHTML(t, `<p>Fifty-two clubs share £5.9m in round 3 of the Playing Fields Programme.</p><div role="table" aria-label="Round 3 grants"><div role="row"><span role="columnheader">Applicant</span><span role="columnheader">Place</span><span role="columnheader">Grant</span></div><div role="row"><span role="cell">Aldermoor Cricket Club</span><span role="cell">Aldermoor</span><span role="cell">£117,200</span></div><div role="row"><span role="cell">Ashbrook Rugby Union FC</span><span role="cell">Ashbrook</span><span role="cell">£138,700</span></div></div>`)
	if got := awardList(r); got != "Aldermoor Cricket Club 117200|Ashbrook Rugby Union FC 138700" || r.Awards[0].Evidence.Kind != "table-row" {
		t.Errorf("awards %s %+v", got, r.Awards)
	}
}

// "<li>Ashbrook Town Council, Ashbrook: free public wi-fi £76,000</li>":
// the name (and its place), what for, then the figure that ends the item;
// chambers of trade, guilds and town teams are bodies too.
func TestListItemNamePlacePurposeFigure(t *testing.T) {
	r := parseHTML(t, `<p>The committee approved these bids from the Market Towns Digital Fund:</p><ul><li>Ashbrook Town Council, Ashbrook: free public wi-fi across the market place £76,000</li><li>Aylesmere Chamber of Trade, Aylesmere: click-and-collect lockers £293,000</li><li>Kingsmere Traders' Guild: a shared website £27,000</li><li>Saltcombe Town Team, Saltcombe: digital footfall counters £58,000</li></ul>`)
	if got := awardList(r); got != "Ashbrook Town Council 76000|Aylesmere Chamber of Trade 293000|Kingsmere Traders' Guild 27000|Saltcombe Town Team 58000" {
		t.Errorf("awards %s", got)
	}
}

// "County | Award" over "Bluestem County | $1,202,000": a column of
// places is a summary by area, unless its cells name bodies given the
// money.
func TestCountyColumnOfBodies(t *testing.T) {
	r := parseHTML(t, `<p>Forty-one counties will share $52,721,500 in the second round of the Rural Broadband Matching Grant Program.</p><h3>Round two awards by county</h3><table><thead><tr><th>County</th><th>Award</th></tr></thead><tbody><tr><td>Antler Flats County</td><td>$493,000</td></tr><tr><td>Bluestem County</td><td>$1,202,000</td></tr></tbody></table>`)
	if got := awardList(r); got != "Antler Flats County 493000|Bluestem County 1202000" {
		t.Errorf("awards %s", got)
	}
	r = parseHTML(t, `<p>The Rural Grants Fund made 40 grants this year.</p><table><tr><th>County</th><th>Grants awarded (£)</th></tr><tr><td>Kent</td><td>120,000</td></tr><tr><td>Surrey</td><td>95,000</td></tr></table>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
}

// "Broadband grants: See how much your county got" names no fund: its
// first word is capitalised as every first word is; "towards the costs of
// the Brackenfield Managed Realignment Pathfinder" names the project the
// grant pays for, not its fund.
func TestNoFundFromFirstWordOrCostedProject(t *testing.T) {
	r := parseHTML(t, `<h1>Broadband grants: See how much your county got in round two</h1><p>Forty-one counties will share $52,721,500 in the second round of the Rural Broadband Matching Grant Program.</p>`)
	if strings.Join(r.Funds, "|") != "Rural Broadband Matching Grant Program" {
		t.Errorf("funds %q", r.Funds)
	}
	r = parseHTML(t, `<h1>Coastal Adaptation Pathfinder Grant: determination letter</h1><p>The Secretary of State determines that a grant of £3,400,000 shall be paid to Brackenfield Borough Council towards the costs of the Brackenfield Managed Realignment Pathfinder.</p>`)
	if strings.Join(r.Funds, "|") != "Coastal Adaptation Pathfinder Grant" || len(r.Awards) != 1 || r.Awards[0].Fund != "Coastal Adaptation Pathfinder Grant" {
		t.Errorf("funds %q awards %+v", r.Funds, r.Awards)
	}
}

// "The trust's accounts show Dr Emsley was paid between £140,000 and
// £145,000 last year": a person's pay, not a grant.
func TestPersonWasPaidIsPay(t *testing.T) {
	r := parseHTML(t, `<p>Lowther Learning Partnership has won £4.8m from the School Estate Renewal Fund. Its chief executive, Dr Paul Emsley, welcomed the news. The trust’s most recent accounts show Dr Emsley was paid between £140,000 and £145,000 last year.</p>`)
	if got := awardList(r); got != "Lowther Learning Partnership 4800000" {
		t.Errorf("awards %s", got)
	}
}

// "Allotment rents: £48 per plot from April": a rate per plot, not an
// award to "Allotment".
func TestRatePerPlot(t *testing.T) {
	r := parseHTML(t, `<p>The Town Council received a grant of £18,500 from the Rural Spaces Fund.</p><ul><li>Allotment rents: £48 per plot from April</li></ul>`)
	if got := awardList(r); got != "Town Council 18500" {
		t.Errorf("awards %s", got)
	}
}

// "Harwick Borough Council received just £1.2m": "just", "only" and "a
// mere" say how little, and the figure is still the council's.
func TestReceivedJustFigure(t *testing.T) {
	r := parseHTML(t, `<p>Ministers made £40m available through the Coastal Towns Recovery Fund. Harwick Borough Council received just £1.2m, and Saltby District Council only £900,000.</p>`)
	if got := awardList(r); !strings.HasPrefix(got, "Harwick Borough Council 1200000") {
		t.Errorf("awards %s", got)
	}
}

// "The Clerk reported that the Council’s application to the Rural Spaces
// Fund had been successful and that an award of £18,500 had been
// received": the applicant's grant, the council the minutes are of.
func TestSuccessfulApplicationsAward(t *testing.T) {
	r := parsePage(t, `<html><head><title>Minutes – Ashcombe St Peter Town Council</title></head><body><article><h1>Minutes of the meeting of Ashcombe St Peter Town Council</h1><p>The Clerk reported that the Council’s application to the Wessex Vale Community Foundation’s Rural Spaces Fund had been successful and that an award of £18,500 had been received towards the resurfacing of the car park.</p></article></body></html>`, Meta{URL: "https://example.org/m"})
	if got := awardList(r); got != "Ashcombe St Peter Town Council 18500" {
		t.Errorf("awards %s", got)
	}
}

// An e-mail newsletter lays each item out as a one-cell table around a
// heading and paragraphs: the item is prose, not a table row.
func TestOneCellTableOfProse(t *testing.T) {
	page := `<html><head><title>Heritage Matters: Issue 38</title></head><body><table width="100%" id="bodyTable"><tr><td id="bodyCell"><table width="600"><tr><td id="templateBody">` +
		`<table class="mcnTextBlock"><tr><td class="mcnTextContent"><h1>Heritage Matters</h1><p>Dear friends, this issue brings news of the castle.</p></td></tr></table>` +
		`<table class="mcnTextBlock"><tr><td class="mcnTextContent"><h2>Castle restoration secured</h2><p>Ormsby Castle Trust has been awarded £1.25m from the Historic Places Revival Fund to consolidate the curtain wall.</p></td></tr></table>` +
		`<table class="mcnTextBlock"><tr><td class="mcnTextContent"><h2>Community Heritage Grants</h2><p>Our panel has made seven grants totalling £52,400. They include £9,800 to the Friends of St Aldhelm's Church for a new guidebook.</p></td></tr></table>` +
		`</td></tr></table></td></tr></table></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/nl"})
	if got := awardList(r); got != "Ormsby Castle Trust 1250000|Friends of St Aldhelm's Church 9800" {
		t.Errorf("awards %s", got)
	}
}

// "Wrexley Rotary small grants – up to £750 for equipment": a body's
// grants on offer, not a grant to the body.
func TestLabelNamingABodysGrants(t *testing.T) {
	r := parseHTML(t, `<h4>Funding roundup</h4><ul><li>Brackenshire Police and Crime Commissioner's safer streets grants – up to £10,000, closes 29 May.</li><li>Wrexley Rotary small grants – up to £750 for equipment.</li></ul>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %s", awardList(r))
	}
}

// A digest laid out as a one-column table, a headline row over a story
// row: a column of text, read as headings and paragraphs.
func TestOneColumnTableOfStories(t *testing.T) {
	r := parseHTML(t, `<table width="100%"><tr><td><b>FOOD PARK GETS THE GO-AHEAD</b></td></tr><tr><td>Severnvale Council has been awarded 4.8 million pounds from the Rural Growth Deal Fund to build the first phase of a food and drink park on the edge of Wyebridge, with space for 14 small units.</td></tr><tr><td><b>£500k FOR BAKERY LINE</b></td></tr><tr><td>Wyebridge Artisan Bakery has received £500k from the Food Processing Investment Scheme towards a new production line that will double its output of sourdough loaves.</td></tr></table>`)
	if got := awardList(r); got != "Severnvale Council 4800000|Wyebridge Artisan Bakery 500000" {
		t.Errorf("awards %s", got)
	}
}

// "Tickets £8 (£6 for members)", "costs £20 for members, £35 for
// non-members": what a place at an event costs, no round or award.
func TestTicketPrices(t *testing.T) {
	r := parseHTML(t, `<p>The Heritage Skills Fund has £300,000 available over two years.</p><h3>Winter lecture</h3><p>Dr Frances Allingham on the lost gardens, 22 January, 7pm. Tickets £8 (£6 for members), including a glass of mulled wine.</p><p>Entry to the awards dinner costs £20 for members, £35 for non-members.</p>`)
	if len(r.Rounds) != 0 || len(r.Awards) != 0 || len(r.Limits) != 1 {
		t.Errorf("rounds %+v awards %s limits %+v", r.Rounds, awardList(r), r.Limits)
	}
}

// "£25K grant to Moorside Makerspace" over "A £25K grant from the Calder
// Valley Skills Fund will pay for "Make It Work", a ten-week course": a
// title in quotes is what the grant pays for, not who gets it.
func TestQuotedTitleIsNoBeneficiary(t *testing.T) {
	r := parseHTML(t, `<h3>£25K grant to Moorside Makerspace</h3><p>A £25K grant from the Calder Valley Skills Fund will pay for "Make It Work", a ten-week evening course in laser cutting for adults returning to work.</p>`)
	if got := awardList(r); got != "Moorside Makerspace 25000" {
		t.Errorf("awards %s", got)
	}
}

// "Researchers in Harwick's Institute of Coastal Science will receive
// £640,000": the institute the researchers are in (but "researchers in
// Wales" names a place, not a grantee).
func TestResearchersInInstitution(t *testing.T) {
	r := parseHTML(t, `<p>Researchers in Harwick's Institute of Coastal Science will receive £640,000 from the Coastal Resilience Research Programme.</p>`)
	if got := awardList(r); got != "Harwick's Institute of Coastal Science 640000" {
		t.Errorf("awards %s", got)
	}
}

// "Maplethorpe Folk Festival will add a family stage ... with £18,500 from
// the Festivals Growth Programme": the body that does it with the money.
func TestWillDoWithMoneyFrom(t *testing.T) {
	r := parseHTML(t, `<p>Maplethorpe Folk Festival will add a family stage and pay for British Sign Language interpretation with £18,500 from the North Downs Arts Partnership's Festivals Growth Programme.</p>`)
	if got := awardList(r); got != "Maplethorpe Folk Festival 18500" {
		t.Errorf("awards %s", got)
	}
}

// "The first cohort, announced in 2026, distributed $2.1 million across 8
// projects" is round 1's recap; "Between them they will receive $3.5
// million" totals the batch just announced.
func TestCohortRounds(t *testing.T) {
	r := parseHTML(t, `<p>Today we're announcing the nine projects joining the second cohort of the Open Infrastructure Fund. Between them they will receive $3.5 million in grants over the next two years.</p><p>The first cohort, announced last year, distributed $2.1 million across 8 projects.</p>`)
	if got := roundTotals(r); got[2] != 3500000 || got[1] != 2100000 {
		t.Errorf("rounds %v", got)
	}
}

// "The county council received 4.8 million pounds" on a county council's
// page: the council whose page it is.
func TestTheCountyCouncilOnItsOwnPage(t *testing.T) {
	r := parsePage(t, `<html><head><title>Broadband vouchers topped up | Wyvernshire County Council</title></head><body><article><h1>Broadband vouchers topped up</h1><p>The county council received 4.8 million pounds from the national Rural Gigabit Connectivity Fund to run the top-up scheme.</p></article></body></html>`, Meta{URL: "https://example.org/v"})
	if got := awardList(r); got != "Wyvernshire County Council 4800000" {
		t.Errorf("awards %s", got)
	}
}

// "<dt>Castlebridge City Council (lead), with Wexley District Council and
// Orme Valley District Council</dt><dd>£312,500 to build ...</dd>": the
// lead partner.
func TestLeadMarkedInLabel(t *testing.T) {
	r := parseHTML(t, `<p>Round 2 of the Local Digital Fund awards:</p><dl><dt>Harrowmere Borough Council</dt><dd>£245,000 to replace paper Blue Badge applications</dd><dt>Castlebridge City Council (lead), with Wexley District Council and Orme Valley District Council</dt><dd>£312,500 to build a shared planning validation tool</dd></dl>`)
	if got := awardList(r); got != "Harrowmere Borough Council 245000|Castlebridge City Council 312500" {
		t.Errorf("awards %s", got)
	}
}

// "Brindlecombe Community Food Bank used its £4,750 voucher to pay for a
// security assessment" on a fund's page: its grant, spent.
func TestUsedItsGrant(t *testing.T) {
	r := parseHTML(t, `<p>The Cyber Resilience Voucher Fund helped 312 charities this year.</p><p>Brindlecombe Community Food Bank used its £4,750 voucher to pay for a full security assessment.</p>`)
	if got := awardList(r); got != "Brindlecombe Community Food Bank 4750" {
		t.Errorf("awards %s", got)
	}
}

// "A consortium led by Ravensmoor Voluntary Action, with Dale Valley Food
// Partnership and Eastgate Community Pantry, has been awarded £310,000":
// the lead, not its partners.
func TestConsortiumLedByWithPartners(t *testing.T) {
	r := parseHTML(t, `<p>The Prevention Fund has £2m to give.</p><p>A consortium led by Ravensmoor Voluntary Action, with Dale Valley Food Partnership and Eastgate Community Pantry, has been awarded £310,000.</p>`)
	if got := awardList(r); got != "Ravensmoor Voluntary Action 310000" {
		t.Errorf("awards %s", got)
	}
}

// "First five projects backed by £2m Prevention Fund" over "In this first
// wave, £1.24m has been committed to five projects": the headline gives
// the fund's size, the body the round's total.
func TestHeadlineFundSizeWithoutThe(t *testing.T) {
	r := parseHTML(t, `<h1>First five projects backed by £2m Prevention Fund</h1><p>In this first wave of the Prevention Fund, £1.24m has been committed to five projects.</p>`)
	if got := roundTotals(r); got[1] != 1240000 || len(r.Limits) != 1 || r.Limits[0].Amount != 2000000 {
		t.Errorf("rounds %v limits %+v", got, r.Limits)
	}
}

// "<h3>Autonomous in-water hull cleaning – £640,000</h3><p>Hallow Dock
// Robotics will develop a robot ...</p>": companies named for their trade
// (Robotics, Composites, Technologies) are bodies, so the card's first
// sentence names its grantee.
func TestCardOfCompanyNamedForItsTrade(t *testing.T) {
	r := parseHTML(t, `<p>Five projects will share £3.05m in round 3 of the Clean Maritime Innovation Fund.</p><h3>Autonomous in-water hull cleaning – £640,000</h3><p><strong>Hallow Dock Robotics</strong> will develop a robot that cleans ship hulls in port.</p><h3>Lightweight composite ferry ramps – £240,000</h3><p><strong>Marlin Composites</strong> will design ferry ramps that weigh 40% less.</p>`)
	if got := awardList(r); got != "Hallow Dock Robotics 640000|Marlin Composites 240000" {
		t.Errorf("awards %s", got)
	}
}

// A fund running out: "This year's allocation of £1.5m has now been fully
// committed" is this year's budget; "up to £2m will be released next
// year" next year's.
func TestFullyCommittedAndReleasedBudgets(t *testing.T) {
	r := parseHTML(t, `<p>Demand for the Carers' Breaks Fund has exceeded available funding for this year. This year's allocation of £1.5m has now been fully committed, and we cannot consider further applications. The trustees agreed that up to £2m will be released next year.</p>`)
	if got := limitList(r); got != "Carers' Breaks Fund 1500000 2023/24|Carers' Breaks Fund 2000000 2024/25" {
		t.Errorf("limits %v", got)
	}
}

// "A total of £300,000 is available this financial year" then "the fund
// has also increased from £300,000 to £340,000": the year's budget is now
// £340,000, one limit.
func TestRaisedBudgetKeepsItsYear(t *testing.T) {
	r := parseHTML(t, `<p>A total of £300,000 is available this financial year from the Summer Activities Fund.</p><p>Thanks to a generous gift, the fund has also increased from £300,000 to £340,000, so we will be able to support more groups this summer.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 340000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2023/24" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "The £40m Community Leisure Renewal Fund is intended to help councils
// bring closed or failing pools back into use": the pools are closed,
// not the fund.
func TestClosedPoolsNotAClosedFund(t *testing.T) {
	r := parseHTML(t, `<p>The £40m Community Leisure Renewal Fund is intended to help councils bring closed or failing pools back into use.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 40000000 {
		t.Errorf("limits %+v", r.Limits)
	}
	r = parseHTML(t, `<p>The £40m Community Leisure Renewal Fund has closed and will not reopen.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Total (North Fells) | 4,344,000" and "England | 96,000,000" under a
// region's allocations: a subtotal and the country's sum, neither an
// award nor the region's round (but "Total (12 grants)" still totals the
// batch).
func TestSubtotalAndCountryRows(t *testing.T) {
	r := parseHTML(t, `<p>The Rough Sleeping Winter Pressures Grant determination shares out £96 million.</p><table><tr><th>Local authority</th><th>Allocation (£)</th></tr><tr><td>Ashfell Borough Council</td><td>1,200,000</td></tr><tr><td>Brackwater District Council</td><td>3,144,000</td></tr><tr><td>Total (North Fells)</td><td>4,344,000</td></tr><tr><td>England</td><td>96,000,000</td></tr></table>`)
	if got := awardList(r); got != "Ashfell Borough Council 1200000|Brackwater District Council 3144000" {
		t.Errorf("awards %s", got)
	}
	if rd := roundOfTotal(r, 4344000); rd != nil {
		t.Errorf("subtotal as round %+v", rd)
	}
}

// "Bids were capped at £250,000 per council, or £500,000 for consortia of
// two or more councils": both figures are caps.
func TestOtherCapAfterOr(t *testing.T) {
	r := parseHTML(t, `<p>The Adult Community Learning Grant innovation pot names 31 winners.</p><p>Bids were capped at £250,000 per council, or £500,000 for consortia of two or more councils.</p>`)
	if len(r.Caps) != 2 || len(r.Rounds) != 0 {
		t.Errorf("caps %+v rounds %+v", r.Caps, r.Rounds)
	}
}

// On Greater Wendlebury Combined Authority's page, "the Combined
// Authority’s allocation of £31.5 million from the grant" is its award,
// and "£412 million that the Department has made available nationally in
// 2027/28" the grant's budget for the year.
func TestOwnAllocationAndNationalBudget(t *testing.T) {
	r := parsePage(t, `<html><head><title>Streets allocation shared | Greater Wendlebury Combined Authority</title></head><body><article><h1>£31.5m streets maintenance allocation shared with our seven boroughs</h1><p>The Department for Transport confirmed the Combined Authority’s allocation of £31.5 million from the Neighbourhood Streets Maintenance Grant in March. The allocation is the Combined Authority’s share of £412 million that the Department has made available nationally in 2027/28 for the maintenance of local roads.</p></article></body></html>`, Meta{URL: "https://example.org/s"})
	if got := awardList(r); got != "Greater Wendlebury Combined Authority 31500000" {
		t.Errorf("awards %s", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 412000000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2027/28" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// A candidate's page: "If I am elected Mayor on 3 May, I will create a
// new £10 million Denholm High Streets Fund" under "A £10 million fund for
// Denholm’s high streets" promises a fund with no budget yet.
func TestCandidatesPledgeHasNoBudget(t *testing.T) {
	r := parseHTML(t, `<h1>A £10 million fund for Denholm’s high streets</h1><p>If I am elected Mayor of Denholm on 3 May, I will create a new £10 million Denholm High Streets Fund in my first budget.</p>`)
	if len(r.Limits) != 0 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "Councillors won an amendment adding £600,000 to Denbury District
// Council’s road repair budget": a budget line moved, no grant.
func TestAmendmentAddingToBudget(t *testing.T) {
	r := parseHTML(t, `<p>The Community Chest gave £5,000 to Oakhanger Scouts.</p><p>At February’s budget meeting, councillors won an amendment adding £600,000 to Denbury District Council’s road repair budget for 2028/29.</p>`)
	if got := awardList(r); got != "Oakhanger Scouts 5000" {
		t.Errorf("awards %s", got)
	}
}

// "Fund | 2026/27 | 2027/28" captioned "Local growth fund budgets (£
// million)": each fund's budget in each year.
func TestFundBudgetsByYearTable(t *testing.T) {
	r := parseHTML(t, `<p>The budgets below are the maximum available through each fund in each year.</p><table><caption>Local growth fund budgets (£ million)</caption><tr><th>Fund</th><th>2026/27</th><th>2027/28</th></tr><tr><td>Towns Regeneration Fund</td><td>85.0</td><td>92.5</td></tr><tr><td>Rural Connectivity Fund</td><td>15.0</td><td>15.0</td></tr><tr><td>Total</td><td>100.0</td><td>107.5</td></tr></table>`)
	if got := limitList(r); got != "Towns Regeneration Fund 85000000 2026/27|Towns Regeneration Fund 92500000 2027/28|Rural Connectivity Fund 15000000 2026/27|Rural Connectivity Fund 15000000 2027/28" || len(r.Awards) != 0 {
		t.Errorf("limits %v awards %s", got, awardList(r))
	}
}

// On a club's own site: "We’re delighted to announce we’ve been awarded
// £9,800 by the Wendmoor Community Sports Fund" is the club's grant.
func TestAnnounceWeveBeenAwarded(t *testing.T) {
	r := parsePage(t, `<html><head><title>New nets thanks to £9,800 grant! – Hollinsfield Cricket Club</title></head><body><article><p>We’re delighted to announce we’ve been awarded £9,800 by the Wendmoor Community Sports Fund towards new practice nets.</p></article></body></html>`, Meta{URL: "https://example.org/c"})
	if got := awardList(r); got != "Hollinsfield Cricket Club 9800" {
		t.Errorf("awards %s", got)
	}
}

// "Grant funders" on Brackenby Food Share's site over "Hallowell Family
// Foundation – £5,000 (2026/27)": each funder's grant to the publisher.
func TestOurFundersList(t *testing.T) {
	r := parsePage(t, `<html><head><title>Our Funders — Brackenby Food Share</title></head><body><article><h1>Our funders</h1><p>Brackenby Food Share runs on the generosity of the organisations listed below.</p><h2>Grant funders</h2><ul><li>Hallowell Family Foundation – £5,000 (2026/27). Unrestricted funding towards our core costs.</li><li>Pelham &amp; Drew Charitable Trust – £750 (2026/27). A replacement chest freezer.</li></ul><h2>Why funding matters</h2><ul><li>Give £10 a month</li></ul></article></body></html>`, Meta{URL: "https://example.org/f"})
	if got := awardList(r); got != "Brackenby Food Share 5000|Brackenby Food Share 750" || r.Awards[0].Fund != "Hallowell Family Foundation" {
		t.Errorf("awards %s %+v", got, r.Awards)
	}
}

// A Blogger post ("itemprop='description articleBody'", title "Blog name:
// post title"): "a huge thank you to A, B and C, who have given us £2,500,
// £750 and £4,120 respectively" gives the blog's group three grants.
func TestThankYouGivenUsRespectively(t *testing.T) {
	page := `<html><head><title>Pellingham Community Garden: A big thank you to our three funders!</title></head><body><div class="header"><h1>Pellingham Community Garden</h1><div>Growing food and friendships – news from the plot</div></div><div class="main"><div class="post"><h3>A big thank you to our three funders!</h3><div class="post-body" itemprop="description articleBody"><div>Hello everyone!</div><div>Our committee would like to say a huge thank you to the Pellingham Rural Trust, Coldharbour Parish Council and the Sollow Water Community Fund, who have given us £2,500, £750 and £4,120 respectively towards our plans for this year.</div><div>See you on the plot!</div></div></div></div></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/g"})
	if got := awardList(r); got != "Pellingham Community Garden 2500|Pellingham Community Garden 750|Pellingham Community Garden 4120" {
		t.Errorf("awards %s", got)
	}
}

// A Weebly post: the whole text in one "<div class="paragraph">" with a
// list inside, under a "blog-sidebar-separator" that wraps the post and
// its sidebar; "funding of more than £48,000 that the Heritage Places
// Fund gave us" is the publisher's grant too.
func TestWeeblyPostAndGaveUs(t *testing.T) {
	body := strings.Repeat("The mill last ground corn in 1924 and lost its sails in the great gale. ", 5)
	page := `<html><head><title>The sails will turn again! - Friends of Ketterly Windmill</title><meta property="og:site_name" content="Friends of Ketterly Windmill"></head><body><div class="header"><div class="nav-wrap"><a href="/">Home</a></div></div><div class="main-wrap"><div class="blog-sidebar-separator"><div class="column-blog"><div class="blog-post"><h2 class="blog-title">The sails will turn again!</h2><div class="blog-content"><div class="paragraph"><strong>The Friends of Ketterly Windmill have been awarded £1,250,000 by the Heritage Places Fund to restore the mill.</strong><br><br>The grant follows the development funding of more than £48,000 that the Heritage Places Fund gave us in 2026.<br><br>` + body + `<ul><li>new sails;</li><li>new floors.</li></ul>` + body + `</div></div></div></div><div class="column-blog-sidebar"><div class="blog-sidebar"><h2>Archives</h2><a href="/a">March 2028</a></div></div></div></div></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/w"})
	if got := awardList(r); got != "Friends of Ketterly Windmill 1250000|Friends of Ketterly Windmill 48000" {
		t.Errorf("awards %s", got)
	}
}

// "4.1 Saltmarsh Wildlife Rescue – core funding towards the seal unit.
// Trustees agreed a grant of £45,000 over three years": a numbered
// minute's item titled by its applicant.
func TestNumberedMinuteItemApplicant(t *testing.T) {
	r := parseHTML(t, `<p>4.1 Saltmarsh Wildlife Rescue – core funding towards the running of the seal and seabird rehabilitation unit. Trustees agreed a grant of £45,000 over three years.</p><p>4.2 Hollin Bank Refugee Welcome – a caseworker post for two years. Trustees agreed a grant of £60,000.</p>`)
	if got := awardList(r); got != "Saltmarsh Wildlife Rescue 45000|Hollin Bank Refugee Welcome 60000" {
		t.Errorf("awards %s", got)
	}
}

// A CSV file shown in a <pre>: "Recipient,Project,Amount" over quoted
// rows, one with a comma in the name, read as a table.
func TestCSVInPre(t *testing.T) {
	r := parseHTML(t, `<p>Twelve awards were made from the Open Project Fund.</p><pre>Recipient,Project,Amount
"Birchmoor Theatre Company, Ltd","Touring 'The Salt Road' to village halls","£48,500"
Kestrel Print Studio,Open access residencies,"£12,000"
"The ""Old Forge"" Collective",Blacksmithing open days,"£6,200"
</pre>`)
	if got := awardList(r); got != `Birchmoor Theatre Company, Ltd 48500|Kestrel Print Studio 12000|The "Old Forge" Collective 6200` {
		t.Errorf("awards %s", got)
	}
}

// A page whose own title is "Newsletter June 2027 (Issue 58)": an h1 is
// no "Newsletter sign-up" box, so the issue's text is read; "receives the
// maximum capital grant of €750,000" is an award, not a cap; "Members
// €25, non-members €40" are prices.
func TestNewsletterIssuePage(t *testing.T) {
	r := parsePage(t, `<html><head><title>Newsletter June 2027 (Issue 58) | Creative Places Network</title></head><body><main><article><h1>Newsletter June 2027 (Issue 58)</h1><p>The Department has announced round 4 of the Rural Arts Fund, with €2.35 million going to 31 organisations.</p><p>Ballinaskea Arts Centre receives the maximum capital grant of €750,000 to convert the old creamery.</p><p>Funding workshop, Athlone, 8 July. Members €25, non-members €40.</p></article></main></body></html>`, Meta{URL: "https://example.org/nl"})
	if got := awardList(r); got != "Ballinaskea Arts Centre 750000" || len(r.Rounds) != 1 {
		t.Errorf("awards %s rounds %+v", got, r.Rounds)
	}
}

// "TINTEÁN RURAL ARTS FUND" in capitals reads as "Tinteán Rural Arts
// Fund": Latin-1 capitals are lowered too, keeping every byte's place.
func TestAsciiTitleLatin1(t *testing.T) {
	if got := asciiTitle("TINTEÁN RURAL ARTS FUND – ÉIRE"); got != "Tinteán Rural Arts Fund – Éire" {
		t.Errorf("got %q", got)
	}
}

// A CSV header may name its unit ("Amount (£)"); a first line of figures
// is data, no header, and no table is made of it.
func TestCSVHeaderWithUnit(t *testing.T) {
	r := parseHTML(t, "<p>Awards from the Open Project Fund.</p><pre>Recipient,Amount (£)\nKestrel Print Studio,\"12,000\"\nMoss Lane Film Club,\"3,650\"\n</pre>")
	if got := awardList(r); got != "Kestrel Print Studio 12000|Moss Lane Film Club 3650" {
		t.Errorf("awards %s", got)
	}
	if rows := csvRows("Kestrel Print Studio,£12,000\nMoss Lane Film Club,£3,650\nDunmorrow Library Friends,£4,800"); rows != nil {
		t.Errorf("rows %q", rows)
	}
}

// "The Aldercombe Foundation has committed £1.2m to help us reach many
// more young people" on Saltmoor Young Carers' site: the publisher's
// grant, whoever it serves.
func TestCommittedToHelpUs(t *testing.T) {
	r := parsePage(t, `<html><head><title>Aldercombe Foundation commits £1.2m - Saltmoor Young Carers</title></head><body><article><p>We are proud to announce the largest grant in our history. The Aldercombe Foundation has committed £1.2m to help us reach many more young people.</p></article></body></html>`, Meta{URL: "https://example.org/y"})
	if got := awardList(r); got != "Saltmoor Young Carers 1200000" || len(r.Rounds) != 0 {
		t.Errorf("awards %s rounds %+v", got, r.Rounds)
	}
}

// "... sharing £250,000 from the Winter Warmth Fund, and our share is
// £6,000" on the group's own site: the publisher's grant; "The Kelby
// Trust's share of the pot" is Kelby's; a share of a project's cost
// ("The City's share is $1.5 million", "our share of the cost") is
// money paid in, no award.
func TestOwnShareOfPot(t *testing.T) {
	r := parsePage(t, `<html><head><title>News | Northgate Youth Club</title></head><body><article><p>Northgate is one of 40 community groups sharing £250,000 from the Winter Warmth Fund this year, and our share is £6,000.</p><p>The Kelby Trust's share of the pot is £7,000.</p><p>Our share of the cost is £5,000. The City's share is £1.5 million.</p></article></body></html>`, Meta{URL: "https://example.org/n"})
	if got := awardList(r); got != "Northgate Youth Club 6000|Kelby Trust 7000" {
		t.Errorf("awards %s", got)
	}
}

// The publisher's "our allocation for 2028/29 is £1,250,000" and its row
// in the allocation table under its formal name are one award.
func TestOwnAllocationAndTableRow(t *testing.T) {
	r := parsePage(t, `<html><head><title>Uplift grant confirmed | Downland and Weald Fire and Rescue Service</title></head><body><article><p>The Department has confirmed the second year of the Fire Protection Uplift Grant, and our allocation for 2028/29 is £1,250,000.</p><table><tr><th>Fire and rescue authority</th><th>2028/29 (£)</th></tr><tr><td>Downland and Weald Fire Authority</td><td>1,250,000</td></tr><tr><td>Solent Reach Fire Authority</td><td>884,400</td></tr></table></article></body></html>`, Meta{URL: "https://example.org/f"})
	if got := awardList(r); got != "Downland and Weald Fire and Rescue Service 1250000|Solent Reach Fire Authority 884400" {
		t.Errorf("awards %s", got)
	}
}

// "has committed £2m over four years to Kelby Youth Trust" names its
// grantee, so it is no budget line; a Title Case headline's object that
// ends in an organisation word is the grantee ("... Commits Up to £2m to
// Kelby Youth Trust"), where "for Clean School Buses" is what money buys.
func TestCommittedOverYearsToGrantee(t *testing.T) {
	r := parseHTML(t, `<p>The Harbour Foundation has committed £2m over four years to Kelby Youth Trust.</p><p>The Government has committed £25m over five years to the Island Homes Fund.</p>`)
	if got := awardList(r); got != "Kelby Youth Trust 2000000" || len(r.Limits) != 1 || r.Limits[0].Amount != 25000000 {
		t.Errorf("awards %s limits %+v", got, r.Limits)
	}
	r = parseHTML(t, `<h2>Harbour Foundation Commits Up to £2m to Kelby Youth Trust</h2><p>The grant pays for detached youth work.</p><h2>EPA Announces $48 Million for Clean School Buses</h2><p>Districts may apply.</p>`)
	if got := awardList(r); got != "Kelby Youth Trust 2000000" {
		t.Errorf("awards %s", got)
	}
}

// A notice in capitals is read as Title Case, but its evidence quotes
// the page as written, at its offset.
func TestCapitalsNoticeEvidenceAsWritten(t *testing.T) {
	r := parseHTML(t, `<p>PUBLIC NOTICE. THE KELBY TOWN COUNCIL HAS AWARDED £5,000 TO KELBY YOUTH TRUST FROM THE COMMUNITY GRANTS FUND.</p>`)
	if got := awardList(r); got != "Kelby Youth Trust 5000" || !strings.HasPrefix(r.Awards[0].Evidence.Text, "THE KELBY TOWN COUNCIL HAS AWARDED") {
		t.Fatalf("awards %s %+v", got, r.Awards)
	}
	checkResultShape(t, r)
}

// "Council | Scheme | Capital | Revenue" with no money word in either
// header: each row's grant is its two parts added ("–" is none).
func TestCapitalRevenueColumnsWithoutMoneyWord(t *testing.T) {
	r := parseHTML(t, `<p>Eight schemes share £4.5m in the third round of the Active Journeys Fund.</p><table><caption>Active Journeys Fund round 3: approved schemes</caption><tr><th>Council</th><th>Scheme</th><th>Capital</th><th>Revenue</th></tr><tr><td>Alderbury City Council</td><td>Cromer Street cycle lane</td><td>£2,850,000</td><td>£145,000</td></tr><tr><td>Holmcross Borough Council</td><td>Canal towpath</td><td>£1,675,000</td><td>–</td></tr></table>`)
	if got := awardList(r); got != "Alderbury City Council 2995000|Holmcross Borough Council 1675000" {
		t.Errorf("awards %s", got)
	}
}

// "Round 2 ... funded 11 schemes worth £9.8m, including the first phase
// of the Valley Greenway": a project's phase names no fund and numbers
// no round; "Phase 2 of the Brownfield Homes Fund" does both.
func TestProjectPhaseNamesNoFund(t *testing.T) {
	r := parseHTML(t, `<p>Eight schemes share £12.73m in the third round of the Active Journeys Fund.</p><p>Round 2, last year, funded 11 schemes worth £9.8m, including the first phase of the Valley Greenway.</p><p>Phase 2 of the Brownfield Homes Fund gave £14m to nine councils.</p>`)
	if len(r.Funds) != 2 || r.Funds[1] != "Brownfield Homes Fund" {
		t.Errorf("funds %q", r.Funds)
	}
	want := []string{"Active Journeys Fund 3", "Active Journeys Fund 2", "Brownfield Homes Fund 2"}
	if len(r.Rounds) != 3 {
		t.Fatalf("rounds %+v", r.Rounds)
	}
	for i, rd := range r.Rounds {
		if rd.Round == nil || fmt.Sprintf("%s %d", rd.Fund, *rd.Round) != want[i] {
			t.Errorf("round %d: %+v", i, rd)
		}
	}
}

// A post thanking a body "for a £2,500 grant" on the club's own page: the
// publisher's grant, from the body thanked (a handle spelt out); thanks
// for a donation or to everyone is no grant.
func TestThankedForGrant(t *testing.T) {
	r := parsePage(t, `<html><head><title>Saltmarsh Rovers Junior FC - Massive thank you... | Townsquare</title></head><body><article><p>Massive thank you to @HarbourFoundation for a £2,500 grant towards new kit! 🙌</p><p>We are so grateful to the Brindley Trust for £1,000 towards our freezer.</p><p>Thanks to everyone for the £300 raised at the raffle. Huge thanks to Kelby Bakery Ltd for a £200 donation.</p></article></body></html>`, Meta{URL: "https://example.org/p"})
	if got := awardList(r); got != "Saltmarsh Rovers Junior FC 2500|Saltmarsh Rovers Junior FC 1000" {
		t.Errorf("awards %s", got)
	}
	if len(r.Awards) == 2 && (r.Awards[0].Fund != "Harbour Foundation" || r.Awards[1].Fund != "Brindley Trust") {
		t.Errorf("funds %q %q", r.Awards[0].Fund, r.Awards[1].Fund)
	}
}

// A funder's feed of short posts, each opening with its figure: "Big
// one! 🥕 £15,000 over two years to Northgate Community Fridge", "£980
// towards new tools ... for Mill Pond Conservation Volunteers",
// "Congratulations to Westerleigh Men's Shed: £750 towards ..."; the
// byline over a post ("... @FenwickLyleCT · Apr 16") names its writer,
// not a grantee.
func TestFunderFeedPosts(t *testing.T) {
	r := parseHTML(t, `<p>We fund grassroots groups through the Greener Streets Fund.</p>
<p>Fenwick &amp; Lyle Community Trust @FenwickLyleCT · Apr 16</p><p>£980 towards new tools, gloves and a first aid kit for Mill Pond Conservation Volunteers 🧤 #SmallSparks</p>
<p>Fenwick &amp; Lyle Community Trust @FenwickLyleCT · Apr 2</p><p>Big one! 🥕 £15,000 over two years to Northgate Community Fridge so they can stay open five days a week.</p>
<p>Fenwick &amp; Lyle Community Trust @FenwickLyleCT · Feb 10</p><p>Congratulations to Westerleigh Men's Shed: £750 towards a dust-extraction system 🪚</p>
<p>Tickets for the quiz are £5 to members.</p>`)
	if got := awardList(r); got != "Mill Pond Conservation Volunteers 980|Northgate Community Fridge 15000|Westerleigh Men's Shed 750" {
		t.Errorf("awards %s", got)
	}
	for _, s := range []string{"🎉 ", "Big one! 🥕 ", "Small but mighty 📚 "} {
		if !figureOpens(s) {
			t.Errorf("figureOpens(%q) = false", s)
		}
	}
	if figureOpens("The council, in a letter, gave ") {
		t.Error("figureOpens on a clause")
	}
	// "And around $400,000 went to the Harlan Street Land Trust"
	if !figureOpens("And ") || figureOpens("And the council gave ") {
		t.Error("figureOpens after a joining word")
	}
}

// A thread page: each post in its own "status" box, the boxes of one kind
// side by side, is read whole (not only the longest post), and "2/6
// £2,400 to St Aidan's Church Hall" opens with its figure after the
// thread's counter.
func TestThreadOfPosts(t *testing.T) {
	post := func(n, text string) string {
		return `<div class="status status--thread"><div class="status__info"><strong>Dalebridge CVS</strong> @dalebridgecvs · Dec 12, 2026</div><div class="status__content"><p>` + n + ` ` + text + `</p></div></div>`
	}
	page := `<html><head><title>Dalebridge CVS</title></head><body><nav><a href="/">Home</a></nav><div class="column">` +
		post("1/3", "News! Dalebridge CVS has been awarded £60,000 by the Pennine Water Legacy Fund to run warm spaces grants across the district this winter, and here is who has had the first of them.") +
		post("2/3", "£2,400 to St Aidan's Church Hall, Lower Dale, to open three afternoons a week with hot soup and board games.") +
		post("3/3", "£950 to Thwaite Cricket Club so the pavilion can be a warm space on weekdays through to March, with the heating on and a kettle for all who come along.") +
		`</div><footer>© 2026</footer></body></html>`
	r := parsePage(t, page, Meta{URL: "https://example.org/t"})
	if got := awardList(r); got != "Dalebridge CVS 60000|St Aidan's Church Hall 2400|Thwaite Cricket Club 950" {
		t.Errorf("awards %s", got)
	}
	if threadCounter("2/6 £2,400") != 4 || threadCounter("2026/27 budget") != 0 {
		t.Error("threadCounter")
	}
}

// Posts embedded in a story: a post's "we" is who signed it ("Marrowby
// Arts Hub (@MarrowbyArtsHub) 2 September 2028" under it, or a footer in
// its blockquote), and "Almost £20,000 from the X Foundation!!" opening a
// signed post is the signer's; emoji end the words before "We've" as a
// full stop would.
func TestEmbeddedPostsSigned(t *testing.T) {
	r := parsePage(t, `<html><head><title>Grant news round-up | Marrowby Mercury</title></head><body><article><p>It has been a bumper week for grant news in Marrowby.</p><blockquote><p>Still pinching ourselves 🎭✨ We've been awarded 4.8 million pounds from the Cultural Capital Fund to turn the old Corn Exchange into a theatre.</p></blockquote><p>Marrowby Arts Hub (@MarrowbyArtsHub) 2 September 2028</p><blockquote><p>Almost £20,000 from the Tern Valley Community Foundation!! 🎶 That's new music stands and a hearing loop.</p><footer>A post shared by Marrowby Community Choir (@marrowbychoir) · 31 August 2028</footer></blockquote></article></body></html>`, Meta{URL: "https://example.org/m"})
	if got := awardList(r); got != "Marrowby Arts Hub 4800000|Marrowby Community Choir 20000" {
		t.Errorf("awards %s", got)
	}
	if postSigner("— Kelby Youth Trust (@kelbyyouth)") != "Kelby Youth Trust" || postSigner("Pat Rowntree (@patr) · Dec 12") != "" {
		t.Error("postSigner")
	}
}

// A bare "$" on a page whose <html lang> (or og:locale) names Australia
// or New Zealand is that country's dollar; "en-US", many templates'
// default, says nothing.
func TestDollarFromLocale(t *testing.T) {
	body := `<body><article><p>Yarrabend Landcare Group gets $1.4 million over two years for the creek corridor.</p></article></body></html>`
	for _, c := range []struct{ head, want string }{
		{`<html lang="en-AU"><head><title>Radio transcript</title></head>`, "AUD"},
		{`<html><head><meta property="og:locale" content="en_NZ"><title>Q and A</title></head>`, "NZD"},
		{`<html lang="en-US"><head><title>News</title></head>`, "USD"},
	} {
		r := parsePage(t, c.head+body, Meta{URL: "https://example.org/d"})
		if len(r.Awards) != 1 || r.Awards[0].Currency != c.want {
			t.Errorf("%s: awards %+v", c.head, r.Awards)
		}
	}
}

// "the Hembury Ridge Dementia Café – they got three thousand two hundred
// pounds": "they" is the body named before the dash, not the last one
// named before.
func TestTheyAfterDashedName(t *testing.T) {
	r := parseHTML(t, `<p>So we gave Tiverton Men's Shed eight and a half thousand pounds.</p><p>And at the other end of the scale, the Hembury Ridge Dementia Café – they got three thousand two hundred pounds, which keeps the café going.</p>`)
	if got := awardList(r); got != "Tiverton Men's Shed 8500|Hembury Ridge Dementia Café 3200" {
		t.Errorf("awards %s", got)
	}
}

// "in round 2." ends a sentence on the round's number ("2.5" is no
// count); "what is left will be offered in round 5", "resubmitting in
// round 5" and "From round 3 we will introduce ..." are rounds to come.
func TestRoundNumberAtSentenceEnd(t *testing.T) {
	if n, w := countWord("2."); n != 2 || w != 1 {
		t.Errorf("countWord(2.) = %d, %d", n, w)
	}
	if n, _ := countWord("2.5 million"); n != 0 {
		t.Errorf("countWord(2.5) = %d", n)
	}
	r := parseHTML(t, `<p>The Coastal Arts Fund supports artists.</p><p>The panel awarded £4.8m to 58 projects in round 2.</p><p>What is left will be offered in round 5. Two clubs were invited to talk about resubmitting in round 5.</p><p>From round 3 we will introduce a short first-stage form.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 {
		t.Errorf("rounds %s", roundList(r))
	}
}

// A converted annual review whose headings are paragraphs: "Thank you to
// our funders" and "We are grateful to the following funders ...:" open a
// list of funders' grants to the publisher, lines of their own (a
// fund's name among them); "Finances at a glance" closes it.
func TestFundersParagraphList(t *testing.T) {
	r := parsePage(t, `<html><head><title>Annual Review 2026-27 | Safe Harbour Refuge Trust</title></head><body><div class="page"><p>Thank you to our funders</p><p>We are grateful to the following funders for the grants we received during 2026–27:</p><p>The Ashbury Trust – £45,000 for therapeutic play sessions for children in refuge</p><p>Bransby Building Society Community Fund – £2,500 to create a garden at our new refuge house</p><p>Finances at a glance</p><p>Kelby Housing Association – £4,000 for a shared kitchen</p></div></body></html>`, Meta{URL: "https://example.org/r"})
	if got := awardList(r); got != "Safe Harbour Refuge Trust 45000|Safe Harbour Refuge Trust 2500|Kelby Housing Association 4000" {
		t.Errorf("awards %s", got)
	}
}

// "£98,500 to Porthcarrow Council, which missed out in October": a
// body's earlier miss, told of it, refuses nothing now; "Kelby Town
// Council missed out" still does.
func TestEarlierMissInRelativeClause(t *testing.T) {
	r := parseHTML(t, `<p>The Cold Weather Fund second wave has been approved.</p><p>Smaller awards include £155,000 to Dunmarsh Borough Council for a rotating shelter and £98,500 to Porthcarrow Council, which missed out in October, for emergency beds.</p><p>Kelby Town Council missed out on £40,000 this time.</p>`)
	if got := awardList(r); got != "Dunmarsh Borough Council 155000|Porthcarrow Council 98500" {
		t.Errorf("awards %s", got)
	}
}

// "X's allocation rises from £400,000 to £520,000" is X's grant of
// £520,000; "an additional £250,000 on top of the £1.1m already
// allocated to it in October" gives X both, the earlier with no purpose
// of "top of the".
func TestAllocationRisesAndAlreadyAllocated(t *testing.T) {
	r := parseHTML(t, `<p>The Winter Pressures Fund, worth £3.2 million this winter, helps councils.</p><p>Greyhaven City Council will receive an additional £250,000 on top of the £1.1m already allocated to it in October, to open a second overflow site.</p><p>Ashcombe Borough Council’s allocation rises from £400,000 to £520,000, so the council can keep its beds open.</p>`)
	if got := awardList(r); got != "Greyhaven City Council 250000|Greyhaven City Council 1100000|Ashcombe Borough Council 520000" {
		t.Fatalf("awards %s", got)
	}
	if r.Awards[0].Purpose != "" || r.Awards[2].AmountMin != nil {
		t.Errorf("awards %+v", r.Awards)
	}
	r = parseHTML(t, `<p>Round three of the Crisis Fund has made these awards:</p><ul><li>Beckby and District Foodbank: £10,500 towards buying food as donations fall, adding to the £8,000 it received in round two</li></ul>`)
	if got := awardList(r); got != "Beckby and District Foodbank 10500|Beckby and District Foodbank 8000" {
		t.Errorf("awards %s", got)
	}
}

// "Council | Project" over "Glenardle Council | Almost £2 million to
// strengthen the Old Ferry Bridge ...": the column whose cells open with
// the figure and say what it pays for holds the grants; a column of bare
// figures under a header naming no grant does not.
func TestTableFigureOpensProseCell(t *testing.T) {
	r := parseHTML(t, `<p>Four councils are to receive money from the Regional Bridges Fund this year.</p><table border="1"><tr><td><b>Council</b></td><td><b>Project</b></td></tr><tr><td>Glenardle Council</td><td>Almost £2 million to strengthen the Old Ferry Bridge on the A861, so that the weight limit can be removed.</td></tr><tr><td>Strathmoor Council</td><td>£612,400 to replace the damaged parapets on Burnfoot Bridge after a lorry strike.</td></tr></table><table><tr><th>Area</th><th>Parishes</th><th>Indicative maximum</th></tr><tr><td>Ardingham</td><td>Ardingham Fen</td><td>£510,000</td></tr></table>`)
	if got := awardList(r); got != "Glenardle Council 2000000|Strathmoor Council 612400" {
		t.Errorf("awards %s", got)
	}
}

// "Border Greenways: Get Moving: Lead partner: Pathways Ireland.
// Funding: €185,000.": a lead named by a field inside a paragraph (after
// a definition's term, less ", with" its partners) holds the figure of
// the next sentence.
func TestLeadPartnerFieldInParagraph(t *testing.T) {
	r := parseHTML(t, `<p>Three projects have been approved under the third call of the Border Routes Programme.</p><dl><dt>Ballyfane Greenway</dt><dd>Lead partner: Carran County Council. Funding: €750,000. A 6km off-road greenway.</dd><dt>Aghavale Bridge</dt><dd>Lead partner: Drumlee and Aghavale District Council, with Carran County Council. Funding: €1,120,000. A new bridge.</dd></dl>`)
	if got := awardList(r); got != "Carran County Council 750000|Drumlee and Aghavale District Council 1120000" {
		t.Errorf("awards %s", got)
	}
}

// "N projects have been approved under the third call of X, with €2.055
// million in funding between them": the batch's total, no budget.
func TestWithFundingBetweenThem(t *testing.T) {
	r := parseHTML(t, `<p>Three projects have been approved under the third call of the Border Routes Programme, with €2.055 million in funding between them.</p>`)
	if len(r.Limits) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 2055000 {
		t.Errorf("limits %+v rounds %s", r.Limits, roundList(r))
	}
}

// "A further 950,000 pounds or so will go to X": "or so" hedges the
// figure (around) and does not stand between it and its grantee.
func TestOrSoAfterFigure(t *testing.T) {
	r := parseHTML(t, `<p>Britain will give 4.8 million pounds to close level crossings from the Level Crossing Safety Fund.</p><p>A further 950,000 pounds or so will go to the Marshland Light Railway Trust.</p>`)
	if got := awardList(r); got != "Marshland Light Railway Trust 950000" || r.Awards[0].Qualifier == nil || *r.Awards[0].Qualifier != "around" {
		t.Errorf("awards %s %+v", got, r.Awards)
	}
	if ms := scanAmounts("£500 or sooner"); len(ms) != 1 || ms[0].Qual != "" {
		t.Errorf("or sooner: %+v", ms)
	}
}

// A bilingual page, Welsh first: "£4.8 miliwn" is millions, and each
// award told in both languages is one, named as the English names it.
func TestWelshFirstBilingualList(t *testing.T) {
	r := parseHTML(t, `<p>Heddiw, cyhoeddodd y Comisiwn y bydd 17 o brosiectau yn rhannu £4.8 miliwn o ail rownd y Gronfa Cymunedau Cydnerth.</p><ul><li>Ymddiriedolaeth Datblygu Dyffryn Teifi – £650,000, sef £250,000 yn 2026-27 a £400,000 yn 2027-28, i droi hen hufenfa yn ganolfan fenter;</li><li>Canolfan Gymunedol Pen-y-groes – £385,000 i adnewyddu'r neuadd ac agor caffi cymunedol.</li></ul><p>Seventeen projects will share £4.8 million from the second round of the Resilient Communities Fund.</p><ul><li>Teifi Valley Development Trust – £650,000, made up of £250,000 in 2026-27 and £400,000 in 2027-28, to turn a former creamery into an enterprise centre;</li><li>Pen-y-groes Community Centre – £385,000 to refurbish the hall and open a community café.</li></ul>`)
	if got := awardList(r); got != "Teifi Valley Development Trust 650000|Pen-y-groes Community Centre 385000" {
		t.Errorf("awards %s", got)
	}
	if ms := scanAmounts("€1.4 milliún do halla"); len(ms) != 1 || ms[0].Value != 1400000 {
		t.Errorf("milliún: %+v", ms)
	}
}

// French names of bodies keep their lowercase words: "Société historique
// de la Vallée-des-Rivières (Saint-Quentin, N.B.) – $425,000", "L'Association
// des aquaculteurs de l'Île-Lamèque – $300,000".
func TestFrenchOrgLabels(t *testing.T) {
	r := parsePage(t, `<html lang="en-CA"><head><title>Heritage</title></head><body><article><p>Heritage East Canada today announced $3.5 million under the Community Heritage Spaces Fund.</p><ul><li>Société historique de la Vallée-des-Rivières (Saint-Quentin, N.B.) – $425,000 to restore an 1880s presbytery;</li><li>L'Association des aquaculteurs de l'Île-Lamèque – $300,000 for a shared hatchery;</li><li>Théâtre du Vieux-Quai Inc. (Caraquet, N.B.) – $1.25 million to rebuild the fly tower.</li></ul></article></body></html>`, Meta{URL: "https://example.org/h"})
	if got := awardList(r); got != "Société historique de la Vallée-des-Rivières 425000|L'Association des aquaculteurs de l'Île-Lamèque 300000|Théâtre du Vieux-Quai Inc 1250000" {
		t.Errorf("awards %s", got)
	}
	if frenchOrg("Centre for the Arts") || frenchOrg("Club") {
		t.Error("frenchOrg on English or one word")
	}
}

// A wire story's dateline with a slash ("LOCH NAM MADADH/LOCHMADDY,
// North Uist, Oct 14 (APA) - ") is no subject; "X, the Lochmaddy Harbour
// Trust, was awarded" is the body the appositive names, when X's name
// says no kind of body.
func TestDatelineSlashAndEnglishAppositive(t *testing.T) {
	r := parseHTML(t, `<p>LOCH NAM MADADH/LOCHMADDY, North Uist, Oct 14 (APA) - Four harbour projects in the Outer Hebrides will share 7.56 million pounds from the Island Harbours Fund, officials said.</p><p>Urras Chala Loch nam Madadh, the Lochmaddy Harbour Trust, was awarded 4.8 million pounds to rebuild the pier.</p>`)
	if got := awardList(r); got != "Lochmaddy Harbour Trust 4800000" || len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 4 {
		t.Errorf("awards %s rounds %s", got, roundList(r))
	}
}

// The rest of a story behind "Read more", a hidden div marked as such
// ("js-readmore__rest"), is content; a hidden box of another kind is not.
func TestHiddenReadMoreRest(t *testing.T) {
	r := parseHTML(t, `<p>Six clubs share £640,000 in the latest awards from the Playing Fields Fund.</p><div class="js-readmore__rest" hidden><ul><li><strong>Ashgrove Rugby Union Football Club</strong> — £210,000 for floodlights.</li></ul></div><div class="promo" hidden><p>Kelby Cricket Club – £5,000 for nets.</p></div>`)
	if got := awardList(r); got != "Ashgrove Rugby Union Football Club 210000" {
		t.Errorf("awards %s", got)
	}
}

// A headerless table under "Projects approved", each row a name (broken
// by <br>) beside a cell that opens with the figure and says what it
// pays for, is a table of grants.
func TestHeaderlessGivenRows(t *testing.T) {
	r := parseHTML(t, `<p>The board approved €1,100,700 for four enterprises under the third call of the Corran Rural Enterprise Fund.</p><h3>Projects approved</h3><table><tr><td><strong>Ballykeel Community<br>Energy Co-operative</strong></td><td>€750,000 towards a single community-owned wind turbine at Knockanree.</td></tr><tr><td><strong>Kilbrack Men's Shed</strong></td><td>€14,200 for woodworking equipment and a workshop extension.</td></tr></table><h3>Prices</h3><table><tr><td>Adults</td><td>€12</td></tr><tr><td>Children</td><td>€6</td></tr></table>`)
	if got := awardList(r); got != "Ballykeel Community Energy Co-operative 750000|Kilbrack Men's Shed 14200" {
		t.Errorf("awards %s", got)
	}
}

// Tab panels headed "Round 1" and "Round 2": a batch's total told in a
// panel without a number is the round its heading names, as its awards
// are; a heading of another kind between ends that.
func TestRoundFromSectionHeading(t *testing.T) {
	r := parseHTML(t, `<p>The Northfield Makers Fund helps small firms.</p><div role="tabpanel"><h3>Round 1</h3><p>The panel awarded £184,000 to five businesses.</p><ul><li>Halfpenny Letterpress Ltd – £42,000 to buy a press</li></ul></div><div role="tabpanel" hidden><h3>Round 2</h3><p>Six businesses shared £214,500.</p><ul><li>Copperline Jewellery Studio – £29,000 for a laser welder</li></ul></div>`)
	roundsByTotal(t, r, map[int64]int{184000: 1, 214500: 2})
}

// A grant-making trust's own page that names no fund: the trust is the
// fund its budget and grants are of; a trust that receives a grant on its
// page is not.
func TestGrantMakerPublisherIsFund(t *testing.T) {
	r := parsePage(t, `<html><head><title>Grants 2026/27 | Brackenfield Airport Community Trust</title></head><body><article><p>For 2026/27 the Trustees had £175,000 available for grants.</p><p>Eleven groups shared £83,080 this year.</p><ul><li>Kelby Scouts – £5,000 for a minibus</li></ul></article></body></html>`, Meta{URL: "https://example.org/g"})
	if len(r.Funds) != 1 || r.Funds[0] != "Brackenfield Airport Community Trust" || len(r.Limits) != 1 || r.Limits[0].Fund != "Brackenfield Airport Community Trust" {
		t.Errorf("funds %q limits %+v", r.Funds, r.Limits)
	}
	r = parsePage(t, `<html><head><title>News | Kelby Community Trust</title></head><body><article><p>We have been awarded £40,000 to run our youth club.</p><p>Our budget for the year is £120,000.</p></article></body></html>`, Meta{URL: "https://example.org/k"})
	if len(r.Funds) != 0 {
		t.Errorf("funds %q", r.Funds)
	}
}

// "Pelham Cross Foodbank – first place with 2,418 tokens, receiving
// £1,500 towards food parcels": the item's name, whatever the words after
// its dash say of how it came by the money.
func TestPlacedReceivingItem(t *testing.T) {
	r := parseHTML(t, `<p>The Community Tokens scheme gives grants to local groups.</p><ul><li><strong>Pelham Cross Foodbank</strong> – first place with 2,418 tokens, receiving £1,500 towards food parcels</li><li><strong>TS Resolute, Pelham Cross Sea Cadets</strong> – second with 1,976 tokens, receiving £1,000 to replace buoyancy aids</li></ul>`)
	// (the second keeps the unit's name before its parent's, "TS
	// Resolute, Pelham Cross Sea Cadets")
	if got := awardList(r); got != "Pelham Cross Foodbank 1500|TS Resolute 1000" {
		t.Errorf("awards %s", got)
	}
	if placedReceiving("runner-up to Kelby Scouts, receiving") {
		t.Error("placedReceiving with a name in it")
	}
}

// "£2,500 each to three local groups from its Community Chest: A, B and
// the C": one award to each body the colon lists.
func TestEachToListedAfterColon(t *testing.T) {
	r := parseHTML(t, `<p>Ridgeway Homes, which is building 260 homes at Eastholme Park, has given £2,500 each to three local groups from its Community Chest: Eastholme Bowls Club, Marsh Lane Pre-school and the Eastholme Ukulele Orchestra.</p>`)
	if got := awardList(r); got != "Eastholme Bowls Club 2500|Marsh Lane Pre-school 2500|Eastholme Ukulele Orchestra 2500" {
		t.Errorf("awards %s", got)
	}
}

// A funding history: "Round 1 opened in February 2025 ... In total £2.4
// million was shared by 31 projects." The sentence after the one naming
// a round, in the same paragraph, tells that round's total.
func TestRoundNamedBySentenceBefore(t *testing.T) {
	r := parsePage(t, `<html><head><title>Our funding history</title><meta property="article:published_time" content="2027-11-18"></head><body><article><p>The Glenmoray Rural Enterprise Fund was set up in 2025.</p><p>Round 1 opened in February 2025, and the panel made its decisions in July. In total £2.4 million was shared by 31 projects.</p><p>Round 2 was heavily oversubscribed, with 112 applications. The board agreed awards of £3,150,000 to 38 projects.</p></article></body></html>`, Meta{URL: "https://example.org/h"})
	roundsByTotal(t, r, map[int64]int{2400000: 1, 3150000: 2})
}

// "Set up in a former Methodist chapel, the hub received £62k": the
// subject is "the hub", the body of that kind just named (the case
// study's heading), not the name in the clause before it.
func TestTheHubAfterOpeningClause(t *testing.T) {
	r := parseHTML(t, `<h3>Quarry Fold Digital Skills Hub</h3><p>Set up in a former Methodist chapel, the hub received £62k in the second round of the Brightwell Fund to fit out a training room.</p>`)
	if got := awardList(r); got != "Quarry Fold Digital Skills Hub 62000" {
		t.Errorf("awards %s", got)
	}
}

// Under "About the Harwell-Ebbesen Foundation", "It awarded $94 million
// in grants in 2026" tells of the foundation's giving; "It was awarded
// $50,000" under a grantee's heading is its grant.
func TestSectionAnaphorActiveAwarded(t *testing.T) {
	r := parseHTML(t, `<p>Five organizations share $6.25 million to expand legal representation.</p><h2>About the Harwell-Ebbesen Foundation</h2><p>It awarded $94 million in grants in 2026.</p><h2>Kelby Legal Aid Center</h2><p>It was awarded $50,000 for a clinic.</p>`)
	if got := awardList(r); got != "Kelby Legal Aid Center 50000" {
		t.Errorf("awards %s", got)
	}
}

// "Refugee-led groups and long-established charities in eight towns ...
// have been awarded a combined £481,950": a batch, whose opening
// capital is the sentence's, not a name's.
func TestRefugeeLedGroupsBatch(t *testing.T) {
	r := parseHTML(t, `<p>Refugee-led groups and long-established charities in eight towns and cities have been awarded a combined £481,950 in the second round of our New Neighbours Integration Fund.</p><ul><li>Refugee Network Kelby – £40,000 for English classes</li></ul>`)
	if got := awardList(r); got != "Refugee Network Kelby 40000" || len(r.Rounds) != 1 || *r.Rounds[0].Total != 481950 {
		t.Errorf("awards %s rounds %s", got, roundList(r))
	}
}

// An FAQ's answers: "What is the Harbour Towns Renewal Fund? It is a £15
// million capital programme", "Council set it up ... with $10 million
// over three years": the budget of the fund the question named.
func TestFAQItIsAFundOf(t *testing.T) {
	r := parseHTML(t, `<h2>What is the Harbour Towns Renewal Fund?</h2><p>It is a £15 million capital programme, running over three financial years, to bring quaysides back into use.</p><h2>What is the Coastal Resilience Fund?</h2><p>It is a contestable fund that helps communities protect coastlines. Council set it up in the Long-term Plan with £10 million over three years.</p><h2>Who is Kelby Trust?</h2><p>It is a £2 million charity.</p>`)
	if got := limitList(r); got != "Harbour Towns Renewal Fund 15000000 -|Coastal Resilience Fund 10000000 -" {
		t.Errorf("limits %s", got)
	}
}

// "<details><summary>Village Halls Improvement Grant</summary><p>... The
// budget of £300,000 is available in 2027/28": a box's summary titles it
// as a heading would, so the budget is that scheme's; a summary with a
// figure stays a grant's line.
func TestDetailsSummaryAsHeading(t *testing.T) {
	r := parseHTML(t, `<p>This calendar lists the council's grant schemes.</p><table><tr><th>Scheme</th><th>Opens</th></tr><tr><td>Village Halls Improvement Grant</td><td>1 March</td></tr><tr><td>Active Travel Small Schemes Fund</td><td>12 April</td></tr></table><details><summary>Village Halls Improvement Grant</summary><p>For repairs at village halls. The budget of £300,000 is available in 2027/28.</p></details><details><summary>Active Travel Small Schemes Fund</summary><p>The budget depends on a bid.</p></details><details><summary>Braemar Community Hall SCIO £148,000</summary><p>A new roof.</p></details>`)
	if got := limitList(r); got != "Village Halls Improvement Grant 300000 2027/28" {
		t.Errorf("limits %s", got)
	}
	if got := awardList(r); got != "Braemar Community Hall SCIO 148000" {
		t.Errorf("awards %s", got)
	}
}

// "The Three Forks Public Library District gets $250,000": a name that
// opens with a number word, ending in a singular special district, is no
// count of three.
func TestNumberWordOpensDistrictName(t *testing.T) {
	r := parseHTML(t, `<p>The Pinecrest Foundation announced $3.5 million in grants to four organizations.</p><p>The Three Forks Public Library District gets $250,000 to expand its hotspot lending program.</p><p>Three school districts get $90,000 each.</p>`)
	if got := awardList(r); got != "Three Forks Public Library District 250000" {
		t.Errorf("awards %s", got)
	}
	if orgName("the Lake District") || !orgName("Okanee County School District") {
		t.Error("orgName district")
	}
}

// "a further £60m had been set aside for a third round, which it expects
// to open for bids in the spring": money kept for a round to come is the
// fund's budget, and that round is not the one in force.
func TestSetAsideForThirdRound(t *testing.T) {
	r := parseHTML(t, `<p>Nine operators share £48m in the second round of the Zero Emission Bus Acceleration Fund.</p><p>The department said a further £60m had been set aside for a third round, which it expects to open for bids in the spring.</p>`)
	if got := limitList(r); got != "Zero Emission Bus Acceleration Fund 60000000 -" || len(r.Rounds) != 1 || *r.Rounds[0].Round != 2 {
		t.Errorf("limits %s rounds %s", got, roundList(r))
	}
}

// A crowdfunder's "Recent donations" feed ("Stanwick Scaffolding Ltd
// £500 · 1 day") lists gifts, not grants; the section ends at the next
// heading.
func TestRecentDonationsFeed(t *testing.T) {
	r := parseHTML(t, `<p>We applied to the Riverside Sport Recovery Fund but were not successful.</p><h3>Recent donations</h3><ul><li>Stanwick Scaffolding Ltd £500 · 1 day</li><li>Jodie W £10 · 1 day</li></ul><h3>Grants</h3><ul><li>Kelby Boxing Trust – £2,000 for gloves</li></ul>`)
	if got := awardList(r); got != "Kelby Boxing Trust 2000" {
		t.Errorf("awards %s", got)
	}
}

// "Green Valley Regional Food Bank today announced a $3.5 million grant
// from the Whitcomb Foundation": the announcer's grant (a food bank is a
// body); "It follows a $750,000 award in March from ..." is the same
// grantee's earlier one.
func TestAnnouncedGrantFromAndItFollows(t *testing.T) {
	r := parseHTML(t, `<p>Green Valley Regional Food Bank today announced a $3.5 million grant from the Harlan &amp; Mae Whitcomb Foundation toward a new distribution center.</p><p>The gift is the largest in the food bank's history.</p><p>The grant brings the capital campaign to $9.2 million of its $14.6 million goal. It follows a $750,000 award in March from the state's Community Food Infrastructure Grant Program.</p>`)
	if got := awardList(r); got != "Green Valley Regional Food Bank 3500000|Green Valley Regional Food Bank 750000" {
		t.Errorf("awards %s", got)
	}
}

// A row the page marks as a total (<tr class="govuk-table__row--total">)
// is no grantee's, even when labelled with the region it adds up.
func TestTotalRowByMarkup(t *testing.T) {
	r := parseHTML(t, `<p>Allocations from the Local Roads Resurfacing Fund.</p><table><thead><tr><th>Local highway authority</th><th>2026 to 2027 (£)</th><th>2027 to 2028 (£)</th></tr></thead><tbody><tr><th>Kelsborough County Council</th><td>8,731,000</td><td>9,000,000</td></tr><tr><th>Wexley Council</th><td>2,207,000</td><td>2,300,000</td></tr><tr class="govuk-table__row govuk-table__row--total"><th>Midlands and East</th><td>10,938,000</td><td>11,300,000</td></tr></tbody></table>`)
	if got := awardList(r); got != "Kelsborough County Council 17731000|Wexley Council 4507000" {
		t.Errorf("awards %s", got)
	}
}

// Grant database cards: a tag above the card's heading, the facts in a
// <dl> of grouped <div> pairs or in a table of row labels; each card's
// heading names its grantee.
func TestGrantDatabaseCards(t *testing.T) {
	r := parseHTML(t, `<p>Showing 1–2 of 148 grants.</p><ol><li class="grant-card"><span class="tag">Youth Voice</span><h3><a href="/g/1">Tollbridge Young Carers Network</a></h3><p>Peer support groups for young carers.</p><dl><div><dt>Amount awarded</dt><dd>£45,000</dd></div><div><dt>Programme</dt><dd>Youth Voice</dd></div></dl></li><li class="grant-card"><span class="tag">Open Doors Fund</span><h3><a href="/g/2">Hallam Rise Boxing Academy CIO</a></h3><p>Free evening sessions.</p><dl><div><dt>Amount awarded</dt><dd>£18,750</dd></div></dl></li></ol><div class="result"><h3><a href="/g/3">Millbeck Over-60s Lunch Club</a></h3><table><tr><th scope="row">Grant reference</th><td>KBC-NG-25-118</td></tr><tr><th scope="row">Amount</th><td>£2,400.00</td></tr><tr><th scope="row">Fund</th><td>Neighbourhood Grants</td></tr></table></div>`)
	if got := awardList(r); got != "Tollbridge Young Carers Network 45000|Hallam Rise Boxing Academy CIO 18750|Millbeck Over-60s Lunch Club 2400" {
		t.Errorf("awards %s", got)
	}
}

// A feature: "This is Saltmarsh Young Carers" early on, the co-ordinator
// "is paid £27,500 a year" (pay), and later "After two years of
// conversations ..., the charity has now been awarded £250,000 by the
// Northcliffe Foundation": the charity introduced, not the giver.
func TestFeatureTheCharity(t *testing.T) {
	r := parseHTML(t, `<p>This is Saltmarsh Young Carers, and the first rule here is that nobody has to be useful.</p><p>The youth work co-ordinator, Kayleigh Dunn, is paid £27,500 a year, which she describes as fine.</p><p>After two years of conversations, site visits and one long interview, the charity has now been awarded £250,000 by the Northcliffe Foundation through its Family Resilience Programme.</p>`)
	if got := awardList(r); got != "Saltmarsh Young Carers 250000" {
		t.Errorf("awards %s", got)
	}
}

// "Its co-ordinator, Tomasz Wieczorek, says the pantry received £42,500":
// what the speaker says of the pantry just named, whose grant it is.
func TestSaysThePantryReceived(t *testing.T) {
	r := parseHTML(t, `<p>Across town, the Ashby Road Pantry is smaller and newer. It opened eighteen months ago in a converted garage.</p><p>Its co-ordinator, Tomasz Wieczorek, says the pantry received £42,500 from the same fund, which will pay for a second opening evening.</p>`)
	if got := awardList(r); got != "Ashby Road Pantry 42500" {
		t.Errorf("awards %s", got)
	}
}

// "its third and largest round" is round 3; then "4.8 million pounds is
// being shared among 14 companies, compared with £3m across nine firms in
// the first round and £3.6m for 12 projects in the second.": the first
// figure is the round in force, the others rounds 1 and 2.
func TestComparedWithEarlierRounds(t *testing.T) {
	r := parseHTML(t, `<p>The Brantmoor Innovation Fund has just announced its third and largest round. In total, 4.8 million pounds is being shared among 14 companies, compared with £3m across nine firms in the first round and £3.6m for 12 projects in the second.</p>`)
	roundsByTotal(t, r, map[int64]int{4800000: 3, 3000000: 1, 3600000: 2})
}

// "£420,000 from the fund this financial year, for the intake ..., and a
// further £380,000 in 2027 to 2028": two parts of one grant, the purpose
// of the first between them.
func TestTranchesAcrossPurposeClause(t *testing.T) {
	r := parsePage(t, `<html><head><meta property="article:published_time" content="2026-09-01"></head><body><article><p>The Community Hydro Fund supports schemes.</p><p>Cwm Teg Community Energy will receive £420,000 from the fund this financial year, for the intake, pipeline and turbine house, and a further £380,000 in 2027 to 2028, for the turbine.</p></article></body></html>`, Meta{URL: "https://example.org/c"})
	if got := awardList(r); got != "Cwm Teg Community Energy 800000" || len(r.Awards[0].Tranches) != 2 || r.Awards[0].Tranches[0].Period != "2026/27" {
		t.Errorf("awards %s %+v", got, r.Awards)
	}
}

// A two-row header, "Funding (£)" spanning "2026/27" and "2027/28", then
// "Total (£)": each year's column holds pounds, and the grant is the two
// years' parts.
func TestSpannedMoneyHeaderOverYears(t *testing.T) {
	r := parseHTML(t, `<p>Coastal Transition Fund allocations.</p><table><thead><tr><th rowspan="2">Lead body</th><th rowspan="2">Scheme</th><th colspan="2">Funding (£)</th><th rowspan="2">Total (£)</th></tr><tr><th>2026/27</th><th>2027/28</th></tr></thead><tbody><tr><td>Merrowby District Council</td><td>Sea wall repairs</td><td>850,000</td><td>1,150,000</td><td>2,000,000</td></tr></tbody></table>`)
	if got := awardList(r); got != "Merrowby District Council 2000000" || len(r.Awards[0].Tranches) != 2 {
		t.Errorf("awards %s %+v", got, r.Awards)
	}
}

// A table split over a page break: the second part has no header of its
// own and takes the first part's, so its reference column is no grantee.
func TestTableContinuedAfterPageBreak(t *testing.T) {
	r := parseHTML(t, `<p>Grants awarded from the Warm Homes Community Grant.</p><table><tr><th>Ref.</th><th>Organisation</th><th>Project</th><th>Grant awarded</th></tr><tr><td>WHC/27/01</td><td>Elmsworth Energy Café CIC</td><td>Draught-proofing</td><td>£18,750</td></tr></table><p>Page 1 of 2</p><table><tr><td>WHC/27/06</td><td>Tanners Yard Community Centre</td><td>Heat pump study</td><td>£9,950</td></tr></table>`)
	if got := awardList(r); got != "Elmsworth Energy Café CIC 18750|Tanners Yard Community Centre 9950" {
		t.Errorf("awards %s", got)
	}
}

// A table on its side: grantees across the header, rows labelled
// "Award" and "Purpose", one grant a column.
func TestTransposedTable(t *testing.T) {
	r := parseHTML(t, `<p>Creative Places Fund, round 1.</p><table><thead><tr><th>Detail</th><th>Saltmarsh Theatre Company</th><th>Fellgate Community Arts</th><th>The Print Shed CIC</th></tr></thead><tbody><tr><th>Award</th><td>£58,000</td><td>£42,500</td><td>£36,900</td></tr><tr><th>Purpose</th><td>Promenade performances</td><td>Craft sessions</td><td>A touring print studio</td></tr></tbody></table>`)
	if got := awardList(r); got != "Saltmarsh Theatre Company 58000|Fellgate Community Arts 42500|The Print Shed CIC 36900" {
		t.Errorf("awards %s", got)
	}
	if len(r.Awards) == 3 && r.Awards[2].Purpose != "touring print studio" {
		t.Errorf("purpose %q", r.Awards[2].Purpose)
	}
}

// A story's fact box (<aside class="chron-factbox">) is the story's own
// table of rounds; "FENNICK is the big winner in the latest share-out
// from the X Fund, with almost £4.8 million" is Fennick's grant, no
// budget.
func TestFactboxAndCapitalWinner(t *testing.T) {
	r := parseHTML(t, `<p>FENNICK is the big winner in the latest share-out from the Market Towns Revival Fund, with almost £4.8 million to transform its riverside.</p><p>Four towns will share more than £6.8m from the third round of the fund.</p><aside class="chron-factbox"><h3>The fund so far</h3><table><thead><tr><th>Round</th><th>Year</th><th>Towns</th><th>Awarded</th></tr></thead><tbody><tr><td>1</td><td>2024</td><td>5</td><td>£3.2m</td></tr><tr><td>2</td><td>2025</td><td>7</td><td>£4.1m</td></tr></tbody></table></aside><aside class="related"><p>Kelby wins £2m for a pool</p></aside>`)
	if got := awardList(r); got != "Fennick 4800000" || len(r.Limits) != 0 || len(r.Rounds) != 3 {
		t.Errorf("awards %s limits %+v rounds %s", got, r.Limits, roundList(r))
	}
}

// A grant record's facts as styled spans, "<span class="label">Amount
// </span><span class="value">$3,500,000</span>": the label and its value
// are read apart, as a field line.
func TestLabelSpanFields(t *testing.T) {
	r := parseHTML(t, `<h1>Riverside Literacy Coalition</h1><div class="grant-facts"><div><span class="label">Grantee</span><span class="value">Riverside Literacy Coalition</span></div><div><span class="label">Program</span><span class="value">Family Literacy Initiative</span></div><div><span class="label">Amount</span><span class="value">$3,500,000</span></div></div>`)
	if got := awardList(r); got != "Riverside Literacy Coalition 3500000" {
		t.Errorf("awards %s", got)
	}
	if !strings.Contains(r.Text, "Amount: $3,500,000") {
		t.Errorf("text %q", r.Text)
	}
}

// A guide to reading the grants database shows a made-up record:
// "Example Youth Club" is no grantee.
func TestExampleRecordNoGrantee(t *testing.T) {
	r := parseHTML(t, `<p>Each record shows the grantee and the amount awarded, like this:</p><table><tr><th>Recipient</th><th>Amount awarded</th></tr><tr><td>Example Youth Club</td><td>£25,000</td></tr></table>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// "The club received more than £45,000 ... The Eastfield Skate
// Collective was started ... (three sentences) ... The collective got
// around £30,000": the collective named since, not the last grantee.
func TestTheCollectiveNamedSince(t *testing.T) {
	r := parseHTML(t, `<p>The panel picked 13 groups from the Stanbridge Youth Opportunity Fund.</p><p>Stanbridge Boys' and Girls' Club has been running since 1952. The club received more than £45,000 from the fund.</p><p>Other winners are new. The Eastfield Skate Collective was started two years ago by teenagers. They built their first ramps out of pallets. Their application asked for a concrete bowl. The collective got around £30,000, with the parks team preparing the ground.</p>`)
	if got := awardList(r); got != "Stanbridge Boys' and Girls' Club 45000|Eastfield Skate Collective 30000" {
		t.Errorf("awards %s", got)
	}
}

// roundsByTotal checks that the result holds one round per total in want,
// numbered as want says.
func roundsByTotal(t *testing.T, r *Result, want map[int64]int) {
	t.Helper()
	if len(r.Rounds) != len(want) {
		t.Fatalf("rounds %s", roundList(r))
	}
	for _, rd := range r.Rounds {
		if rd.Total == nil || rd.Round == nil || *rd.Round != want[*rd.Total] {
			t.Errorf("round %+v, want number %v", rd, want)
		}
	}
}

// An interview's "In round three it was €750,000, to Inishcorra
// Co-operative Society for a seaweed plant": the figure, then, set off
// by a comma, the body it went to.
func TestItWasFigureCommaTo(t *testing.T) {
	r := parseHTML(t, `<p>The Coastal Islands Enterprise Fund helps island businesses.</p><p>In round three it was €750,000, to Inishcorra Co-operative Society for a seaweed processing plant.</p>`)
	if got := awardList(r); got != "Inishcorra Co-operative Society 750000" {
		t.Errorf("awards %s", got)
	}
}

// "This round we put more than €200,000 into the Oileán Glas Ferry
// Company for a second boat", and "invested £2m into Kelby Leisure
// Trust": money put into a body is its grant (not "into developing X").
func TestPutIntoBody(t *testing.T) {
	r := parseHTML(t, `<p>The Coastal Islands Enterprise Fund helps island businesses.</p><p>This round we put more than €200,000 into the Oileán Glas Ferry Company for a second, smaller boat.</p><p>Another £50,000 went into developing a ferry timetable app.</p>`)
	if got := awardList(r); got != "Oileán Glas Ferry Company 200000" {
		t.Errorf("awards %s", got)
	}
}

// A podcast's "And you just announced your second cohort." then "We
// did. Fourteen grantees, $9.2 million total.": the cohort announced is
// a round, and a count with its total, told without a verb, is its batch.
func TestCohortAnnouncedAndVerblessTotal(t *testing.T) {
	r := parseHTML(t, `<p>The Lakeshore Housing Resilience Fund supports housing groups.</p><p>MARCUS BELL: And you just announced your second cohort.</p><p>DANA WHITFIELD: We did. Fourteen grantees, $9.2 million total.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 2 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 14 {
		t.Errorf("rounds %s", roundList(r))
	}
}

// A founder's profile: "that garage machine has become Loomwright
// Textiles, a company of 46 people", paragraphs later "This spring her
// company was awarded $3.5 million": the company the story described.
func TestHerCompanyInProfile(t *testing.T) {
	r := parseHTML(t, `<p>Eight years later, that garage machine has become Loomwright Textiles, a company of 46 people operating out of a former tire warehouse.</p><p>Okafor is blunt about the industry. She trained as an engineer. She spent a decade designing conveyor systems.</p><p>That is about to change. This spring her company was awarded $3.5 million by the state's Advanced Manufacturing Transition Fund to buy a second recovery line.</p>`)
	if got := awardList(r); got != "Loomwright Textiles 3500000" {
		t.Errorf("awards %s", got)
	}
}

// An e-mail newsletter lays its grants out as table cells, each a
// heading over a paragraph: "<td><h3>Culverton Men's Shed</h3><p>£18,500
// for tools ...</p></td>". The cells are cards, not a data table.
func TestHeadedCellsAreCards(t *testing.T) {
	r := parseHTML(t, `<p>The panel awarded £64,300 to four groups from round three of the Neighbourhood Resilience Fund.</p><table><tr><td><h3>Culverton Men's Shed</h3><p>£18,500 for tools and a ramp.</p></td><td><h3>Mereside Tenants' Voice</h3><p>£9,500 for a part-time organiser.</p></td></tr><tr><td><h3>St Aldhelm's Hall Trust</h3><p>£45,000 to replace the boiler.</p></td><td><h3>Pennock Street Community Hub</h3><p>£26,800 to extend the pantry.</p></td></tr></table>`)
	if got := awardList(r); got != "Culverton Men's Shed 18500|Mereside Tenants' Voice 9500|St Aldhelm's Hall Trust 45000|Pennock Street Community Hub 26800" {
		t.Errorf("awards %s", got)
	}
}

// "... after the council pledged £15,000 to each project through its
// crowdfunding scheme." then "The four projects backed in round three
// are:" over items whose later sentences tell of other money ("388 local
// backers gave £21,340"): each item's name gets the figure.
func TestToEachProjectThenList(t *testing.T) {
	r := parseHTML(t, `<p>A play trail and a repair café will go ahead after the council pledged £15,000 to each project through the Harbridge Community Pledge Fund.</p><p>The projects backed in round three are:</p><ul><li>Friends of Tanner’s Field – a natural play trail. Alongside the council pledge, 388 local backers gave £21,340.</li><li>Eastgate Community Association – a permanent home for the repair café. The crowd raised £9,870.</li></ul>`)
	if got := awardList(r); got != "Friends of Tanner’s Field 15000|Eastgate Community Association 15000" {
		t.Errorf("awards %s", got)
	}
}

// "Each fellow receives £30,000 over two years." over "Meet the
// fellows" and an item or a paragraph per fellow that opens with them
// ("Dr Amara Okafor (School of Chemistry) will develop ..."): each is
// theirs; the quote that follows ends the run.
func TestEachFellowThenPersonItems(t *testing.T) {
	for _, body := range []string{
		`<ul><li><strong>Dr Amara Okafor</strong> (School of Chemistry) will develop low-cost sensors.</li><li><strong>Dr Tomasz Wieczorek</strong> (History) is recording oral histories.</li></ul>`,
		`<p>Dr Amara Okafor (School of Chemistry) will develop low-cost sensors.</p><p>Dr Tomasz Wieczorek (History) is recording oral histories.</p>`,
	} {
		r := parseHTML(t, `<p>Each fellow receives £30,000 over two years, which they can spend on equipment.</p><h2>Meet the fellows</h2>`+body+`<p>Professor Gillian Ashcroft, Pro Vice-Chancellor for Research, said: “The standard was high.”</p>`)
		if got := awardList(r); got != "Amara Okafor 30000|Tomasz Wieczorek 30000" {
			t.Errorf("awards %s", got)
		}
	}
}

// Continental figures in English text: "€ 45.000,-" (whole euros, the
// cents struck out) is read to its end, so the words after it still say
// who gets it; "€ 3,2 milioni" is three point two million, not 3.
func TestContinentalFigureEndings(t *testing.T) {
	r := parseHTML(t, `<p>The Leiegouw Heritage Fund has awarded € 45.000,- to Stichting Groene Kade for rain gardens.</p><p>The region also gave € 3,2 milioni to the Valtorbida Research Institute.</p>`)
	if got := awardList(r); got != "Stichting Groene Kade 45000|Valtorbida Research Institute 3200000" {
		t.Errorf("awards %s", got)
	}
}

// "Skärholm Stålverk AB receives SEK 3 million (EUR 265 000) to test
// ...": a sum in a currency no key reports, converted in brackets, is
// the converted figure where the sum stands, so the verb and the words
// after reach it.
func TestForeignSumConvertedInBrackets(t *testing.T) {
	r := parseHTML(t, `<p>The Circular Industry Programme makes grants to companies.</p><ul><li><strong>Skärholm Stålverk AB</strong> receives SEK 3 million (EUR 265 000) to test the sorted scrap in a pilot melt.</li><li><strong>Vindelborg Plast AB</strong> receives SEK 3,6 million (EUR 318 000) to scale up recycling.</li></ul>`)
	if got := awardList(r); got != "Skärholm Stålverk AB 265000|Vindelborg Plast AB 318000" {
		t.Errorf("awards %s", got)
	}
}

// Other countries' legal forms, often lowercase, end or open a body's
// name: "Oostervelde Energie cv", "vzw Sportpark Oostervelde", "Hedeby
// Geotermi ApS" are grantees in a decision's list.
func TestLowercaseLegalForms(t *testing.T) {
	r := parseHTML(t, `<p>The council grants a total of 180 000 € from the Municipal Climate Fund to the following projects:</p><ul><li>vzw Sportpark Oostervelde – heat pump for the sports hall – 85 000 €</li><li>Oostervelde Energie cv – battery storage for the solar park – 55 000 €</li><li>Hedeby Geotermi ApS – a test borehole – 40 000 €</li></ul>`)
	if got := awardList(r); got != "vzw Sportpark Oostervelde 85000|Oostervelde Energie cv 55000|Hedeby Geotermi ApS 40000" {
		t.Errorf("awards %s", got)
	}
}

// A city's budget notice tabulates its own accounts by fiscal year
// ("General Fund | $84,120,500 | $88,406,000", "Debt Service Fund",
// "Water and Wastewater Utility Fund"): no fund's grant budget, while a
// grant programme's line is one.
func TestAccountingFundsInBudgetTable(t *testing.T) {
	r := parseHTML(t, `<p>A summary of the proposed budget follows:</p><table><tr><th>Fund</th><th>FY 2027-28 Adopted</th><th>FY 2028-29 Proposed</th></tr><tr><td>General Fund</td><td>$84,120,500</td><td>$88,406,000</td></tr><tr><td>Debt Service Fund</td><td>$9,612,300</td><td>$10,048,700</td></tr><tr><td>Water and Wastewater Utility Fund</td><td>$31,775,000</td><td>$33,910,250</td></tr><tr><td>Downtown Vitality Grant Program</td><td>$750,000</td><td>$800,000</td></tr></table>`)
	if got := limitList(r); got != "Downtown Vitality Grant Program 750000 2027/28|Downtown Vitality Grant Program 800000 2028/29" {
		t.Errorf("limits %s", got)
	}
}

// "The Delmore Museum of Art today announced that its new gallery will
// be named the Okafor Gallery, made possible by a $2.5 million donation
// from Ada and Tunde Okafor": the announcer's own gift, not the donors'.
func TestAnnouncerGiftFrom(t *testing.T) {
	r := parseHTML(t, `<p>PORT ALDER — The Delmore Museum of Art today announced that its new permanent gallery will be named the Okafor Gallery, made possible by a $2.5 million donation from Ada and Tunde Okafor, longtime members of the museum.</p>`)
	if got := awardList(r); got != "Delmore Museum of Art 2500000" {
		t.Errorf("awards %s", got)
	}
}

// A hospice's supporters page: "a particular thank you to the Wenlock
// Trust, whose grant of £80,000 paid for ...": the body thanked gave the
// grant, and the page's publisher received it.
func TestThankedWhoseGrant(t *testing.T) {
	r := parsePage(t, `<html><head><title>Thank you to our supporters | Ashby &amp; District Hospice</title></head><body><article><h1>Thank you to our supporters</h1><p>We would like to say a particular thank you to the Wenlock Trust, whose grant of £80,000 paid for the first full year of our new Hospice at Home night service.</p></article></body></html>`, Meta{URL: "https://example.org/n"})
	if got := awardList(r); got != "Ashby & District Hospice 80000" {
		t.Errorf("awards %s", got)
	}
}

// "two primary schools - Mill Lane Primary, which both of their children
// attended, and St Osyth's CE Primary, where Mrs Holloway worked as a
// dinner lady - will receive around £100,000 each": the names between
// the dashes, each with a clause of its own.
func TestDashNamesWithClauses(t *testing.T) {
	r := parseHTML(t, `<p>And two primary schools - Mill Lane Primary, which both of their children attended, and St Osyth's CE Primary, where Mrs Holloway worked as a dinner lady - will receive around £100,000 each for playgrounds and school trips.</p>`)
	if got := awardList(r); got != "Mill Lane Primary 100000|St Osyth's CE Primary 100000" {
		t.Errorf("awards %s", got)
	}
}

// A grant card's heading over a line of facts side by side ("Panel date:
// 13 January 2026 · Ward: Fenbridge") over the figure: the heading names
// the grantee.
func TestCardMetaFieldsSideBySide(t *testing.T) {
	r := parseHTML(t, `<p>The Community Chest helps local groups.</p><ul><li><h2>Fenbridge Over-60s Lunch Club</h2><p>Panel date: 13 January 2026 · Ward: Fenbridge</p><p>£2,500</p><p>Replacing the dishwasher.</p></li><li><h2>Holme Drove Flood Wardens</h2><p>Panel date: 13 January 2026 · Ward: Holme</p><p>£4,750</p><p>Radios.</p></li></ul>`)
	if got := awardList(r); got != "Fenbridge Over-60s Lunch Club 2500|Holme Drove Flood Wardens 4750" {
		t.Errorf("awards %s", got)
	}
}

// A blended package: "X has secured a £200,000 investment comprising a
// £50,000 grant and a £150,000 loan", "Y receives a £350,000 package made
// up of a £75,000 grant and a £275,000 loan": the grant part is the
// award (the loan after it does not make it one).
func TestBlendedPackageGrantPart(t *testing.T) {
	r := parseHTML(t, `<p>The Fellside Social Investment Fund backs social enterprises.</p><p>Brightloop Laundry CIC has secured a £200,000 investment comprising a £50,000 grant and a £150,000 loan.</p><p>Fernside Bikeworks receives a £350,000 package made up of a £75,000 grant and a £275,000 loan.</p>`)
	if got := awardList(r); got != "Brightloop Laundry CIC 50000|Fernside Bikeworks 75000" {
		t.Errorf("awards %s", got)
	}
}

// "Brackenhurst Skatepark Collective has been pledged £24,500 towards a
// concrete skatepark": a civic crowdfund's pledge is its grant, while a
// backer who "pledged £500" gave money, and got none.
func TestBeenPledged(t *testing.T) {
	r := parseHTML(t, `<p>Twenty-two community projects will share more than £500k after reaching their targets in round four of Crowdfund Merrow.</p><p>Brackenhurst Skatepark Collective has been pledged £24,500 towards a concrete skatepark.</p><p>Kilnworth Youth Radio has been pledged almost £12,000 to set up a broadcast studio.</p><p>The Spa Tap pledged £500.</p>`)
	if got := awardList(r); got != "Brackenhurst Skatepark Collective 24500|Kilnworth Youth Radio 12000" {
		t.Errorf("awards %s", got)
	}
}

// A correction appended to a story whose body still says the old figure:
// "This article originally stated that X had been awarded £450,000. ...
// the correct figure is £540,000. The figures above have not otherwise
// been changed.": X's grant is £540,000, once.
func TestCorrectionOriginallyStated(t *testing.T) {
	r := parseHTML(t, `<p>Tollcross Community Theatre has been awarded £450,000 by the Albion Arts Trust to build a 90-seat studio stage.</p><p>Correction, 4 September 2025: This article originally stated that Tollcross Community Theatre had been awarded £450,000. The Albion Arts Trust has since confirmed that the correct figure is £540,000. The figures above have not otherwise been changed.</p>`)
	if got := awardList(r); got != "Tollcross Community Theatre 540000" {
		t.Errorf("awards %s", got)
	}
}

// "awarded a combined £27,750 in the first of this year's two rounds":
// the ordinal before "of ... rounds" is the round's number.
func TestFirstOfTwoRounds(t *testing.T) {
	r := parseHTML(t, `<p>Eight artists working in the region have been awarded a combined £27,750 in the first of this year’s two rounds of the Emerging Artist Fund.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Round == nil || *r.Rounds[0].Round != 1 {
		t.Errorf("rounds %s", roundList(r))
	}
}

// A prize: "Isla Farquharson, 52, was presented with the £10,000 prize",
// then "Two runners-up each receive £2,500. They are Obinna Nwankwo, for
// ..., and Carys Pritchard, for ...": the winner's and each named
// runner-up's.
func TestPrizePresentedAndRunnersUp(t *testing.T) {
	r := parseHTML(t, `<p>The Kestrel Prize for nature writing is run by the Harbury Trust.</p><p>Isla Farquharson, 52, was presented with the £10,000 prize on Thursday evening for The Salt Marsh Year.</p><p>Two runners-up each receive £2,500. They are Obinna Nwankwo, for A Field Guide to Pavement Weeds, and Carys Pritchard, for Where the Curlew Went.</p>`)
	if got := awardList(r); got != "Isla Farquharson 10000|Obinna Nwankwo 2500|Carys Pritchard 2500" {
		t.Errorf("awards %s", got)
	}
}

// A bulletin's table of funds open to bids, "Fund | Funder | Budget
// available | Maximum award | Closes": each row's budget is its fund's
// limit, for the year its cell names (none for a two-year sum), and the
// maximum award is no limit.
func TestFundBudgetsTable(t *testing.T) {
	r := parseHTML(t, `<p>Funds open now:</p><table><tr><th>Fund</th><th>Funder</th><th>Budget available</th><th>Maximum award</th><th>Closes</th></tr><tr><td>Village Halls Improvement Grant</td><td>Fenmarsh County Council</td><td>£250,000 (2025/26)</td><td>£15,000</td><td>14 November 2025</td></tr><tr><td>Community Energy Development Fund</td><td>Eastfield Combined Authority</td><td>£750,000 over two years (2025/26 and 2026/27)</td><td>£50,000</td><td>30 January 2026</td></tr></table>`)
	if got := limitList(r); got != "Village Halls Improvement Grant 250000 2025/26|Community Energy Development Fund 750000 -" {
		t.Errorf("limits %s", got)
	}
}

// County and city minutes: "Motion ... to approve a grant agreement with
// Lakeview Food Pantry in the amount of $48,500 ...", "... with
// Brightwater Senior Transit, Inc. in the amount of $27,250": the body
// the agreement is with gets the grant.
func TestGrantAgreementWith(t *testing.T) {
	r := parseHTML(t, `<p>Motion by Commissioner Pickett, seconded by Commissioner Tolliver, to approve a grant agreement with Lakeview Food Pantry in the amount of $48,500 for a walk-in cooler. Motion carried 5-0.</p><p>Motion by Commissioner Okonjo to approve a grant agreement with Brightwater Senior Transit, Inc. in the amount of $27,250 to continue door-to-door rides. Motion carried 4-1.</p>`)
	if got := awardList(r); got != "Lakeview Food Pantry 48500|Brightwater Senior Transit, Inc 27250" {
		t.Errorf("awards %s", got)
	}
}

// "Operating grants of up to $30,000 per organization for nonprofits
// whose annual budget is under $2 million": the applicants' size, no
// budget of the fund.
func TestWhoseBudgetIsApplicants(t *testing.T) {
	r := parseHTML(t, `<p>Applications are open for the Harrow County Arts Fund. A total of $420,000 is available this cycle.</p><p>Operating grants of up to $30,000 per organization for nonprofits whose annual budget is under $2 million.</p>`)
	if got := limitList(r); got != "Harrow County Arts Fund 420000 -" {
		t.Errorf("limits %s", got)
	}
}

// An offer letter's "the Hartsmere Community Fund has awarded Hartsmere
// Food Partnership CIO a grant of up to £48,000" and a decision's "To
// award Millbeck Youth Trust a grant not exceeding £25,000": the named
// body's grant, its ceiling told (not a cap on bids).
func TestDoubleObjectGrantOfUpTo(t *testing.T) {
	r := parseHTML(t, `<p>I am pleased to confirm that the Hartsmere Community Fund has awarded Hartsmere Food Partnership CIO a grant of up to £48,000 towards the Shared Pantry Network.</p><p>To award Millbeck Youth Trust a grant not exceeding £25,000 from the Kelsby Holiday Activities Fund, to provide a holiday programme.</p>`)
	if got := awardList(r); got != "Hartsmere Food Partnership CIO 48000|Millbeck Youth Trust 25000" {
		t.Errorf("awards %s", got)
	}
}

// "X has been awarded £500,000 by the Lottery Heritage Fund. That grant
// comes on top of £250,000 from the council's Capital Communities Fund
// ... and £75,000 from the Ellerby Charitable Trust.": X's other grants.
func TestGrantComesOnTopOfOthers(t *testing.T) {
	r := parseHTML(t, `<p>The Friends of Saltmarsh Lido confirmed this week that it has been awarded £500,000 by the Community Lottery Heritage Fund. That grant comes on top of £250,000 from Marrowby Borough Council's Capital Communities Fund, which councillors signed off last month, and £75,000 from the Ellerby Charitable Trust.</p>`)
	if got := awardList(r); got != "Friends of Saltmarsh Lido 500000|Friends of Saltmarsh Lido 250000|Friends of Saltmarsh Lido 75000" {
		t.Errorf("awards %s", got)
	}
}

// A trust's project page lists its funders: "Funder | Contribution" over
// "Northern Arts Board – Creative Capital Programme | £1,250,000", then
// its own share (under a short form of its name) and the total. Each funder's contribution is a grant to
// the publisher, not to the funder.
func TestFundersTableGivesToPublisher(t *testing.T) {
	r := parsePage(t, `<html><head><title>Riverside Wharf Creative Hub | Kestrel Quay Arts Trust</title></head><body><article><h1>Riverside Wharf Creative Hub</h1><h2>Funding partners</h2><table><caption>Riverside Wharf – funding</caption><tr><th>Funder</th><th>Contribution</th></tr><tr><td>Northern Arts Board – Creative Capital Programme</td><td>£1,250,000</td></tr><tr><td>Brightwater Foundation</td><td>£150,000</td></tr><tr><td>Kestrel Quay AT</td><td>£95,000</td></tr><tr><td>Total project cost</td><td>£1,495,000</td></tr></table></article></body></html>`, Meta{URL: "https://example.org/n"})
	if got := awardList(r); got != "Kestrel Quay Arts Trust 1250000|Kestrel Quay Arts Trust 150000" {
		t.Errorf("awards %s", got)
	}
}

// A trust's accounts: "Recipient | Unrestricted £ | Restricted £ | Total
// 2026 £ | Total 2025 £": the year reported comes first, the year it is
// compared with after; this year's total is the grant.
func TestAccountsComparativeYearTotals(t *testing.T) {
	r := parseHTML(t, `<p>Grants made to institutions during the year:</p><table><tr><th>Recipient</th><th>Unrestricted £</th><th>Restricted £</th><th>Total 2026 £</th><th>Total 2025 £</th></tr><tr><td>Wrenfield Village Hall Management Committee</td><td>8,000</td><td>-</td><td>8,000</td><td>5,000</td></tr><tr><td>Wrenfield &amp; District Good Neighbours</td><td>2,500</td><td>6,000</td><td>8,500</td><td>7,000</td></tr></table>`)
	if got := awardList(r); got != "Wrenfield Village Hall Management Committee 8000|Wrenfield & District Good Neighbours 8500" {
		t.Errorf("awards %s", got)
	}
}

// Accounts set their header in two rows, "| 2027 | 2026" over "Recipient
// | £ | £": one header; the year reported, first, holds the grants.
func TestTwoRowYearHeader(t *testing.T) {
	r := parseHTML(t, `<p>Grants to institutions during the year were as follows:</p><table><tr><td></td><td><b>2027</b></td><td><b>2026</b></td></tr><tr><td><b>Recipient</b></td><td><b>£</b></td><td><b>£</b></td></tr><tr><td>Exeford Community Larder</td><td>25,000</td><td>20,000</td></tr><tr><td>Pellow Rise Youth Project</td><td>18,500</td><td>-</td></tr><tr><td>Vale Rural Transport CIC</td><td>-</td><td>15,000</td></tr></table>`)
	if got := awardList(r); got != "Exeford Community Larder 25000|Pellow Rise Youth Project 18500" {
		t.Errorf("awards %s", got)
	}
}

// A funder's table of its partners abroad, "Country | Partner | Grant
// (USD)": the partners, with no lead beside them, are the grantees.
func TestPartnerColumnGrantees(t *testing.T) {
	r := parseHTML(t, `<p>The foundation's reading partners this year:</p><table><tr><th>Country</th><th>Partner</th><th>Grant (USD)</th><th>Focus</th></tr><tr><td>Kenya</td><td>Soma Nasi Trust</td><td>$90,000</td><td>Decodable readers</td></tr><tr><td>Uganda</td><td>Ekitabo Community Reading Initiative</td><td>$75,000</td><td>Reading clubs</td></tr></table>`)
	if got := awardList(r); got != "Soma Nasi Trust 90000|Ekitabo Community Reading Initiative 75000" {
		t.Errorf("awards %s", got)
	}
}

// A cabinet resolution: "The applications from Bridges to Bolivia
// (£11,000) and Mwanza Youth Football UK (£8,000) not be supported":
// bids turned down, no grants.
func TestApplicationsNotBeSupported(t *testing.T) {
	r := parseHTML(t, `<p>The Brackenford International Links Fund helps local charities.</p><p>The applications from Bridges to Bolivia (£11,000), Hope for Haiti Brackenford (£9,500) and Mwanza Youth Football UK (£8,000) not be supported, for the reasons set out in Appendix B.</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// A listicle's numbered card headings over bare figures: "<h2>1. Sallow
// Estuary Rowing for Health</h2><p>£18,500</p>": the number is the list's,
// not the name's.
func TestNumberedCardHeadings(t *testing.T) {
	r := parseHTML(t, `<p>Last year our Open Grants programme made 47 grants. Here are twelve of them.</p><div><h2>1. Sallow Estuary Rowing for Health</h2><p>£18,500</p><p>Gig rowing for heart patients.</p></div><div><h2>2. Fenmoor Women's Refuge</h2><p>£120,000 over three years</p><p>An outreach worker.</p></div>`)
	if got := awardList(r); got != "Sallow Estuary Rowing for Health 18500|Fenmoor Women's Refuge 120000" {
		t.Errorf("awards %s", got)
	}
}

// A page that ranks givers ("Ranked: the UK's 10 biggest grant-makers by
// annual giving") or the wealthy ("Rich List 2028") labels each name with
// what it gave or owns: no grants.
func TestRankingPageLabels(t *testing.T) {
	for _, title := range []string{"Ranked: the UK's 10 biggest grant-makers by annual giving", "Westmarch Rich List 2028"} {
		r := parsePage(t, `<html><head><title>`+title+`</title></head><body><article><h1>`+title+`</h1><p>Every autumn we rank them.</p><ul><li>The Wellstead Foundation – £612m</li><li>The Aldermoor Trust – £355m</li></ul></article></body></html>`, Meta{URL: "https://example.org/n"})
		if got := awardList(r); got != "" {
			t.Errorf("%s: awards %s", title, got)
		}
	}
}

// "Three Kellaway Early Career Prizes of £10,000 each are awarded to:"
// over a list of the winners: each one's prize.
func TestEachAwardedToList(t *testing.T) {
	r := parseHTML(t, `<p>The Halden Society announces its 2029 prizes.</p><p>Three Kellaway Early Career Prizes of £10,000 each are awarded to:</p><ul><li>Dr Aisha Mensah-Boateng, University of Northvale, for work on soil carbon</li><li>Dr Rhys Pengelly, Portreath Marine Laboratory, for mapping seabed sediment</li></ul>`)
	if got := awardList(r); got != "Aisha Mensah-Boateng (University of Northvale) 10000|Rhys Pengelly (Portreath Marine Laboratory) 10000" {
		t.Errorf("awards %s", got)
	}
}

// A school's sports premium statement: "Amount carried forward from
// 2024/25 | £1,240", "Amount spent by 31 July 2026 | £18,965": lines of
// an account, their labels no grantees.
func TestAccountLineLabelsNoGrantees(t *testing.T) {
	r := parseHTML(t, `<p>Our PE and sport premium funding for 2025/26:</p><table><tr><td>Amount carried forward from 2024/25</td><td>£1,240</td></tr><tr><td>Amount spent by 31 July 2026</td><td>£18,965</td></tr><tr><td>Harbour Lights Sailing Trust</td><td>£2,000 towards taster sessions</td></tr></table>`)
	if got := awardList(r); got != "Harbour Lights Sailing Trust 2000" {
		t.Errorf("awards %s", got)
	}
}

// A club's page, "Where the money is coming from" over "Sport Albion,
// Grassroots Sport Facilities Fund: £148,500", "Hensby Vale CC: £40,000":
// each funder's grant to the club, and the club's own share none.
func TestWhereTheMoneyComesFrom(t *testing.T) {
	r := parsePage(t, `<html><head><title>New pavilion: the money is in place | Hensby Vale Cricket Club</title></head><body><article><h1>New pavilion</h1><h2>Where the money is coming from</h2><p>The new pavilion will cost £310,000 in total. Here's how it breaks down:</p><ul><li>Sport Albion, Grassroots Sport Facilities Fund: £148,500</li><li>Ainsworth Brewery Community Fund: £31,500</li><li>Hensby Vale CC: £40,000</li></ul></article></body></html>`, Meta{URL: "https://example.org/n"})
	if got := awardList(r); got != "Hensby Vale Cricket Club 148500|Hensby Vale Cricket Club 31500" {
		t.Errorf("awards %s", got)
	}
}

// A fundraising plan's table, "Funder / programme | Target ask | Status":
// sums to ask for, no grants.
func TestTargetAskColumn(t *testing.T) {
	r := parseHTML(t, `<p>The sub-committee recommends approaching the following funders for grants:</p><table><tr><th>Organisation</th><th>Target ask</th><th>Status</th></tr><tr><td>Dorrington Trust</td><td>£60,000</td><td>Apply in May</td></tr><tr><td>Sir Alfred Keel Charitable Trust</td><td>£35,000</td><td>Apply in June</td></tr></table>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// Bursary and scholarship schemes are funds by name: "The total budget
// for Emerging Artist Bursaries in 2026/27 is £60,000" is its limit.
func TestBursariesAreFunds(t *testing.T) {
	r := parseHTML(t, `<p>Eight artists have been awarded bursaries.</p><p>The total budget for Emerging Artist Bursaries in 2026/27 is £60,000. The remainder will be offered in round two.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Fund != "Emerging Artist Bursaries" || r.Limits[0].Amount != 60000 {
		t.Errorf("limits %+v", r.Limits)
	}
}

// "The foundation has £1.5m available for up to 20 fellowships over the
// next three years": what the fund can give, not a round of twenty.
func TestAvailableForUpToCount(t *testing.T) {
	r := parseHTML(t, `<p>The Halloway Clinical Innovation Fellowships support NHS clinicians.</p><p>The foundation has £1.5m available for up to 20 fellowships over the next three years.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 1500000 || len(r.Rounds) != 0 {
		t.Errorf("limits %+v rounds %s", r.Limits, roundList(r))
	}
}

// A scheme's heading "Fieldwork Awards (up to £3,000)": the most one
// award can be, given to no one.
func TestAwardsUpToInBrackets(t *testing.T) {
	r := parseHTML(t, `<p>The Society's Travel Grants help students travel.</p><h3>Fieldwork Awards (up to £3,000)</h3><p>For travel to field sites.</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// A school's statement, "Detail | Amount" over "Pupil premium funding
// allocation this academic year | £117,770": lines of a budget, no
// grantees.
func TestDetailAmountTable(t *testing.T) {
	r := parseHTML(t, `<h2>Funding overview</h2><table><tr><th>Detail</th><th>Amount</th></tr><tr><td>Pupil premium funding allocation this academic year</td><td>£117,770</td></tr><tr><td>Recovery premium funding allocation</td><td>£3,210</td></tr></table>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// "Tarn Youth Club applied to the Harwell Trust and was awarded £700":
// the subject of both verbs got it, not the body applied to; "we" is the
// page's publisher.
func TestAppliedToAndWasAwarded(t *testing.T) {
	r := parsePage(t, `<html><head><title>PE and sport premium | Ravensworth Church of England Primary School</title></head><body><article><h1>PE and sport premium</h1><p>We applied to the Harwell Trust and were awarded £500 for netball kit.</p><p>Tarn Youth Club applied to the Harwell Trust and was awarded £700.</p></article></body></html>`, Meta{URL: "https://example.org/n"})
	if got := awardList(r); got != "Ravensworth Church of England Primary School 500|Tarn Youth Club 700" {
		t.Errorf("awards %s", got)
	}
}

// A school's newsletter page headed "<h2>Newsletter 23 – Friday 20th
// March 2026</h2>" over its sections: the newsletter itself, not a
// sign-up box to skip.
func TestNewsletterHeadingIsContent(t *testing.T) {
	r := parsePage(t, `<html><head><title>Fenwick Lane Primary School - Newsletter 23</title></head><body><div><h2>Newsletter 23 – Friday 20th March 2026</h2><p>Dear Parents and Carers, what a busy fortnight it has been.</p><h3>Sensory garden good news</h3><p>We have been awarded £5,000 by the Tarnley Rotary Club for our sensory garden.</p><h3>Newsletter</h3><p>Sign up for our newsletter to win £50.</p></div></body></html>`, Meta{URL: "https://example.org/n"})
	if got := awardList(r); got != "Fenwick Lane Primary School 5000" {
		t.Errorf("awards %s", got)
	}
}

// One-sentence paragraphs: "A £340,000 grant will pay for a new roof."
// then "The Kelsby Maritime Heritage Trust has been given the money.": the
// grantee named after the grant.
func TestGivenTheMoneyAfter(t *testing.T) {
	r := parseHTML(t, `<p>A derelict lifeboat house is to be saved.</p><p>A £340,000 grant will pay for a new roof and repairs to the slipway doors.</p><p>The Kelsby Maritime Heritage Trust has been given the money.</p>`)
	if got := awardList(r); got != "Kelsby Maritime Heritage Trust 340000" {
		t.Errorf("awards %s", got)
	}
}

// A story updated: "... is understood to be giving around £1.2m to Upper
// Alder Parish Council" then "UPDATE 14:05: ... confirmed the award to
// Upper Alder Parish Council is £1,250,000": one grant, the exact figure.
func TestUpdateConfirmsAwardTo(t *testing.T) {
	r := parseHTML(t, `<p>The Riverlands Flood Resilience Programme is understood to be giving around £1.2m to Upper Alder Parish Council for a flood wall.</p><p>UPDATE 14:05: The Riverlands Flood Resilience Programme has now confirmed the award to Upper Alder Parish Council is £1,250,000.</p>`)
	if got := awardList(r); got != "Upper Alder Parish Council 1250000" || r.Awards[0].Qualifier != nil {
		t.Errorf("awards %s", got)
	}
}

// "the Thornley Regeneration Partnership could receive up to £2.6m ...,
// as long as its business case is approved": a named body's grant, its
// ceiling told; "Groups could receive up to £5,000" is a cap.
func TestNamedCouldReceiveUpTo(t *testing.T) {
	r := parseHTML(t, `<p>Eight towns are sharing £16.5m in this second round of the Market Towns Fund.</p><p>And the Thornley Regeneration Partnership could receive up to £2.6m to reopen the former baths, as long as its business case is approved.</p><p>Groups could receive up to £5,000 each.</p>`)
	if got := awardList(r); got != "Thornley Regeneration Partnership 2600000" {
		t.Errorf("awards %s", got)
	}
}

// "Volunteers who turned a fly-tipping hotspot in Wisbeck into a
// community garden have been awarded £40,000." then "Friends of Marsh
// Lane Garden will spend the money on ...": the group named after, not
// the town in the clause.
func TestVolunteersWhoThenNamed(t *testing.T) {
	r := parseHTML(t, `<p>Volunteers who turned a fly-tipping hotspot in Wisbeck into a community garden have been awarded £40,000.</p><p>Friends of Marsh Lane Garden will spend the money on a polytunnel and raised beds.</p>`)
	if got := awardList(r); got != "Friends of Marsh Lane Garden 40000" {
		t.Errorf("awards %s", got)
	}
}

// "goes to CIRCULAR PORTS, led by the port authority Havenbedrijf
// Zeeveld", "SALTGRASS, led by the Danish municipality of Aarhusvig
// Kommune, receives EUR 3.85 million": the lead named after what kind of
// body it is.
func TestLedByKindThenName(t *testing.T) {
	r := parseHTML(t, `<p>The Interlink North Sea programme has approved seven projects.</p><p>The largest grant, €4,2 million, goes to CIRCULAR PORTS, led by the port authority Havenbedrijf Zeeveld.</p><p>SALTGRASS, led by the Danish municipality of Aarhusvig Kommune, receives EUR 3.85 million for salt marsh work.</p>`)
	if got := awardList(r); got != "Havenbedrijf Zeeveld 4200000|Aarhusvig Kommune 3850000" {
		t.Errorf("awards %s", got)
	}
}

// "The Brannock County Museum of History today announced that it has
// received a challenge grant of $500,000 from the Everly-Haas
// Foundation": "it" is the museum that announced, "today" no part of its
// name.
func TestTodayAnnouncedThatIt(t *testing.T) {
	r := parseHTML(t, `<p>Grant will be released when the museum raises a further $1 million for its Open Doors campaign.</p><p>The Brannock County Museum of History today announced that it has received a challenge grant of $500,000 from the Everly-Haas Foundation, conditional on the museum raising a further $1m from new donors.</p>`)
	if got := awardList(r); !strings.Contains(got, "Brannock County Museum of History 500000") {
		t.Errorf("awards %s", got)
	}
}

// "Grant will be released when the museum raises a further $1 million
// for its Open Doors campaign": money the grantee must raise, no grant.
func TestRaisesAFurther(t *testing.T) {
	r := parseHTML(t, `<p>The Everly-Haas Foundation has made a challenge grant to the Brannock County Museum of History.</p><p>Grant will be released when the museum raises a further $1 million for its Open Doors campaign.</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// A trust's accounts note, "Recipient | 2027 £ | 2026 £" closing on
// "Total grants payable | 174,050 | 152,050": a year's grants in its
// books, no round.
func TestAccountsTotalNoRound(t *testing.T) {
	r := parseHTML(t, `<p>Grants to institutions during the year were as follows:</p><table><tr><td></td><td><b>2027</b></td><td><b>2026</b></td></tr><tr><td><b>Recipient</b></td><td><b>£</b></td><td><b>£</b></td></tr><tr><td>Exeford Community Larder</td><td>25,000</td><td>20,000</td></tr><tr><td>Pellow Rise Youth Project</td><td>18,500</td><td>-</td></tr><tr><td>Total grants payable</td><td>43,500</td><td>20,000</td></tr></table>`)
	if len(r.Rounds) != 0 || awardList(r) != "Exeford Community Larder 25000|Pellow Rise Youth Project 18500" {
		t.Errorf("rounds %s awards %s", roundList(r), awardList(r))
	}
}

// Rows that add up many grants, "Individuals in need (23 awards) |
// 9,250", "Other Climate Resilience grants (2028: 5 grants) | 305", name
// no grantee.
func TestAggregateRowLabels(t *testing.T) {
	r := parseHTML(t, `<p>Grants made during the year:</p><table><tr><th>Recipient</th><th>Amount £</th></tr><tr><td>Wrenfield Village Hall Management Committee</td><td>8,000</td></tr><tr><td>Individuals in need (23 awards)</td><td>9,250</td></tr><tr><td>Other Climate Resilience grants (2028: 5 grants)</td><td>3,050</td></tr></table>`)
	if got := awardList(r); got != "Wrenfield Village Hall Management Committee 8000" {
		t.Errorf("awards %s", got)
	}
}

// Faith buildings described before they are named: "Historic Ellerhurst
// mosque wins £185,000" names no "Historic Ellerhurst"; "A Victorian
// synagogue in Hendle will receive £38,600." then "The Hendle Park Hebrew
// Congregation will use the money": the congregation.
func TestFaithBuildingDescribedThenNamed(t *testing.T) {
	r := parseHTML(t, `<h2>Historic Ellerhurst mosque wins £185,000 to replace leaking roof</h2><p>A Victorian synagogue in Hendle will receive £38,600. The Hendle Park Hebrew Congregation will use the money for new gates.</p>`)
	if got := awardList(r); got != "Hendle Park Hebrew Congregation 38600" {
		t.Errorf("awards %s", got)
	}
}

// "The following companies have each been awarded a Phase 1 grant of
// £100,000:" over "Saltmarsh Analytics Ltd, Skelmoor – low-power radar
// gauges": a number among the words naming the grant, and a town after
// each name before what it is for.
func TestPhaseOneGrantEachList(t *testing.T) {
	r := parseHTML(t, `<p>The following companies have each been awarded a Phase 1 grant of £100,000:</p><ul><li>Saltmarsh Analytics Ltd, Skelmoor – low-power radar gauges</li><li>Kittiwake Geospatial – satellite radar analysis</li></ul>`)
	if got := awardList(r); got != "Saltmarsh Analytics Ltd 100000|Kittiwake Geospatial 100000" {
		t.Errorf("awards %s", got)
	}
}

// "Total SLFRF award: $32.1 million" in a budget presentation: a sum
// labelled as one, no grantee called "Total SLFRF".
func TestTotalLabelNoGrantee(t *testing.T) {
	r := parseHTML(t, `<p>The city's recovery funds at a glance:</p><ul><li>Total SLFRF award: $32.1 million</li><li>Harbor Food Bank: $250,000</li></ul>`)
	if got := awardList(r); got != "Harbor Food Bank 250000" {
		t.Errorf("awards %s", got)
	}
}

// "The Foundation has renewed its support for the Muskeg Carbon
// Observatory with a further $12 million over three years." then "The
// renewal ... builds on an initial $7.5-million grant awarded ... in
// 2025": the observatory's new grant and its earlier one.
func TestRenewedSupportForWith(t *testing.T) {
	r := parseHTML(t, `<p>The Tamarack Ridge Foundation has renewed its support for the Muskeg Carbon Observatory with a further $12 million over three years, the foundation announced today.</p><p>The renewal, made through the foundation's Northern Carbon Program, builds on an initial $7.5-million grant awarded through the same program in 2025.</p>`)
	if got := awardList(r); got != "Muskeg Carbon Observatory 12000000|Muskeg Carbon Observatory 7500000" {
		t.Errorf("awards %s", got)
	}
}

// "we awarded £2.35m to 88 community groups, from the Longmere Village
// Hall heat pump to a household energy advice service run by volunteers
// in Ashby Fold": a round of 88, no grant to the village the last example
// names.
func TestRunByVolunteersInPlace(t *testing.T) {
	r := parseHTML(t, `<p>In round two, last year, we awarded £2.35m to 88 community groups, from the Longmere Village Hall heat pump to a household energy advice service run by volunteers in Ashby Fold.</p>`)
	if got := awardList(r); got != "" || len(r.Rounds) != 1 {
		t.Errorf("awards %s rounds %s", got, roundList(r))
	}
}

// A "where the money went" page: "<h2>Arts, culture and heritage</h2>
// <p>£2.7m across 41 grants</p>": a theme's sum of many grants, none to
// "Arts".
func TestThemeHeadingAcrossGrants(t *testing.T) {
	r := parseHTML(t, `<p>Here is where your lottery money went this year.</p><h2>Arts, culture and heritage</h2><p>£2.7m across 41 grants</p><h2>Environment</h2><p>£1.1m across 22 grants</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// On Brackenford Cathedral's own page: "The campaign to save Brackenford
// Cathedral's spire has passed £3.1 million, after the Alderwyck
// Foundation gave £250,000 towards the repairs": the cathedral's gift
// (but several funders' sum "together committed ... toward" is none).
func TestGaveTowardsOwnProject(t *testing.T) {
	r := parsePage(t, `<html><head><title>Spire Appeal passes £3.1m | Brackenford Cathedral</title></head><body><article><h1>Spire Appeal passes £3.1m</h1><p>The campaign to save Brackenford Cathedral's fourteenth-century spire has passed £3.1 million, after the Alderwyck Foundation gave £250,000 towards the repairs.</p><p>Brackenford Cathedral said three trusts have together committed £90,000 toward the organ.</p></article></body></html>`, Meta{URL: "https://example.org/n"})
	if got := awardList(r); got != "Brackenford Cathedral 250000" {
		t.Errorf("awards %s", got)
	}
}

// "St Fachtna's Cathedral, Rossmoyle: €750,000 towards the tower, the
// largest single allocation made under the scheme to date": this grant,
// compared with the others, not all given so far.
func TestLargestAllocationToDate(t *testing.T) {
	r := parseHTML(t, `<p>The Minister announced funding under the Sacred Structures Conservation Scheme 2027.</p><ul><li>St Fachtna’s Cathedral, Rossmoyle: €750,000 towards the tower, the largest single allocation made under the scheme to date;</li><li>Church of the Assumption, Ballycarrow: €120,000 for roof repairs;</li></ul>`)
	if got := awardList(r); got != "St Fachtna’s Cathedral 750000|Church of the Assumption 120000" {
		t.Errorf("awards %s", got)
	}
}

// A bequest: "Mrs Ann Lee left £450,000 to Kestrel Valley Hospitals
// Charity in her will": a gift to the body it was left to.
func TestLeftToInWill(t *testing.T) {
	r := parseHTML(t, `<p>Mrs Ann Lee left £450,000 to Kestrel Valley Hospitals Charity in her will.</p><p>The council has left £15,700 in the fund for March.</p>`)
	if got := awardList(r); got != "Kestrel Valley Hospitals Charity 450000" {
		t.Errorf("awards %s", got)
	}
}

// A wire headline in capitals as the page title, "Halvorsen-Pike Family
// Foundation Commits $7.55MM in Second Cycle of Great Lakes Shoreline
// Resilience Fund", is no fund's name; the fund is the one it names.
func TestCapitalisedHeadlineTitleNoFund(t *testing.T) {
	r := parsePage(t, `<html><head><title>Halvorsen-Pike Family Foundation Commits $7.55MM in Second Cycle of Great Lakes Shoreline Resilience Fund</title></head><body><article><h1>Halvorsen-Pike Family Foundation Commits $7.55MM</h1><p>The fund has $20MM available over four years.</p></article></body></html>`, Meta{URL: "https://example.org/n"})
	for _, f := range r.Funds {
		if strings.Contains(f, "$") {
			t.Errorf("funds %q", r.Funds)
		}
	}
}

// "Amount (£000s)" spanning "2027/28 | 2028/29 | Total": the total
// column is in thousands too, so the total row's round is £2,630,000.
func TestSpanningUnitCoversTotalColumn(t *testing.T) {
	r := parseHTML(t, `<p>Round 1 of the High Streets Renewal Fund: the following grants are approved.</p><table><thead><tr><th rowspan="2">Applicant</th><th colspan="3">Amount (£000s)</th></tr><tr><th>2027/28</th><th>2028/29</th><th>Total</th></tr></thead><tr><td>Brackenmoor Town Council</td><td>1,000</td><td>500</td><td>1,500</td></tr><tr><td>Elmside Parish Council</td><td>735</td><td>395</td><td>1,130</td></tr><tr><td><b>Total</b></td><td>1,735</td><td>895</td><td>2,630</td></tr></table>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 2630000 {
		t.Errorf("rounds %s", roundList(r))
	}
}

// "Maumee Bend Watershed Alliance (Toledo, Ohio) – a $1.2 mil grant to
// reconnect ...": the name before the dash, the grant after it, written
// as American shorthand.
func TestDashAMilGrant(t *testing.T) {
	r := parseHTML(t, `<p>The foundation announced grants to four organizations.</p><ul><li>Maumee Bend Watershed Alliance (Toledo, Ohio) – a $1.2 mil grant to reconnect 300 acres of drained farmland.</li></ul>`)
	if got := awardList(r); got != "Maumee Bend Watershed Alliance 1200000" {
		t.Errorf("awards %s", got)
	}
}

// "Three young athletes were each presented with a £500 bursary ...:"
// over the list of them: each athlete's.
func TestEachPresentedWithList(t *testing.T) {
	r := parseHTML(t, `<p>The Sports Council held its awards evening.</p><p>Three young athletes were each presented with a £500 bursary from the Talented Athlete Bursary scheme, to help with the cost of travel:</p><ul><li>Ben Aldous - cycling (track)</li><li>Priya Nair - badminton</li><li>Callum Freer - swimming</li></ul>`)
	if got := awardList(r); got != "Ben Aldous 500|Priya Nair 500|Callum Freer 500" {
		t.Errorf("awards %s", got)
	}
}

// "Cerámicas Almagrera, S.A., one of the largest tile manufacturers in
// the province, is awarded EUR 3.15 million": the company's legal form,
// set off by commas, is part of its name, not the grantee.
func TestLegalFormAfterComma(t *testing.T) {
	r := parseHTML(t, `<p>The regional hydrogen programme has made awards.</p><p>Cerámicas Almagrera, S.A., one of the largest tile manufacturers in the province, is awarded EUR 3.15 million.</p><p>Acme Widgets, Inc., one of the largest makers in the state, is awarded $3.15 million.</p>`)
	if got := awardList(r); got != "Cerámicas Almagrera S.A 3150000|Acme Widgets Inc 3150000" {
		t.Errorf("awards %s", got)
	}
}

// A programme's allocations by country, "Kenya: $1.2m (about KES 155
// million)", "Uganda: $800,000": shares of its budget, no grantees.
func TestCountryAllocationLabels(t *testing.T) {
	r := parseHTML(t, `<p>The Riverstone Foundation today launched Maji Shambani with these country allocations:</p><ul><li>Kenya: $1.2m (about KES 155 million)</li><li>Uganda: $800,000</li><li>Nile Basin Farmers' Federation: $250,000</li></ul>`)
	if got := awardList(r); got != "Nile Basin Farmers' Federation 250000" {
		t.Errorf("awards %s", got)
	}
}

// "it will give $650 million to the Osprey Institute, $500 million to
// Ridgeway University and $350 million to the Bayfront Health Center":
// each figure in the series to the body after it.
func TestSeriesOfFiguresTo(t *testing.T) {
	r := parseHTML(t, `<p>Under its Next Decade Climate Commitment, it will give $650 million to the Osprey Institute, $500 million to Ridgeway University and $350 million to the Bayfront Health Center.</p>`)
	if got := awardList(r); got != "Osprey Institute 650000000|Ridgeway University 500000000|Bayfront Health Center 350000000" {
		t.Errorf("awards %s", got)
	}
}

// Board minutes: "Dewsbury Riverside Phase 2 (Kirklees Council) – £4.6
// million" names the council that holds a project called by its place;
// a resolution's "combined Brownfield Housing Fund contribution of
// £7.75 million:" over the list is the batch; a capitalised "City Region
// Sustainable Transport Settlement" is a fund; "the A629 ... Phase 5
// scheme" is a project's stage, not a round.
func TestMinutesSchemesWithCouncilsInBrackets(t *testing.T) {
	r := parseHTML(t, `<ol><li>That the following schemes be approved, with a combined Brownfield Housing Fund contribution of £7.75 million:<ol><li>Dewsbury Riverside Phase 2 (Kirklees Council) – £4.6 million for remediation;</li><li>Halifax Station Gateway residential (Calderdale Council) – £3.15 million to bring forward 190 homes.</li></ol></li>`+
		`<li>That the A629 Halifax to Huddersfield Phase 5 scheme be approved to proceed to delivery, with a City Region Sustainable Transport Settlement contribution of £6.35 million to Kirklees Council towards junction improvements.</li></ol>`+
		`<p>Hopewell (Leeds City Council) – £20,000.</p>`)
	if got := awardList(r); got != "Kirklees Council 4600000|Calderdale Council 3150000|Kirklees Council 6350000|Hopewell 20000" {
		t.Errorf("awards %s", got)
	}
	if got := roundList(r); got != "7750000/-" {
		t.Errorf("rounds %s", got)
	}
	for _, aw := range r.Awards {
		if aw.Round != nil {
			t.Errorf("%s: round %d from a scheme's phase", aw.Recipient, *aw.Round)
		}
	}
	if got := strings.Join(r.Funds, "|"); !strings.Contains(got, "City Region Sustainable Transport Settlement") {
		t.Errorf("funds %s", got)
	}
	if r := parseHTML(t, `<p>Kent County Council will receive £12.5 million through the Local Government Finance Settlement for 2025/26.</p>`); strings.Contains(strings.Join(r.Funds, "|"), "Settlement") {
		t.Errorf("a council's finance settlement read as a fund: %v", r.Funds)
	}
}

// "combines £21.5m from the City Region Sustainable Transport
// Settlement for four bus schemes, £17.8m from the Strategic Investment
// Fund for three regeneration projects, and £8m from the Brownfield Land
// Fund ...": each figure the batch of the fund it comes from; a
// section's theme before a colon ("Getting around:", "Homes:") names no
// grantee, while a town ("Reading:") may.
func TestPackageOfFundsAndThemeHeadings(t *testing.T) {
	r := parseHTML(t, `<p>The package combines £21.5m from the City Region Sustainable Transport Settlement for four bus and active travel schemes, £17.8m from the Strategic Investment Fund for three regeneration projects, and £8m from the Brownfield Land Fund to prepare five derelict sites.</p>`+
		`<h3>Getting around: £21.5m for buses, walking and cycling</h3><h3>Homes: £8m to clear the way on brownfield land</h3><ul><li>Reading: £2m for a new bus interchange</li></ul>`)
	var got []string
	for _, rd := range r.Rounds {
		got = append(got, rd.Fund+" "+strconv.FormatInt(*rd.Total, 10))
	}
	if g := strings.Join(got, "|"); g != "Strategic Investment Fund 17800000|City Region Sustainable Transport Settlement 21500000|Brownfield Land Fund 8000000" {
		t.Errorf("rounds %s", g)
	}
	if got := awardList(r); got != "Reading 2000000" {
		t.Errorf("awards %s", got)
	}
}

// A release whose table's unit is a sentence of the line above it
// ("Figures are in £ million."); "the competitive strand of the Police
// Digital Collaboration Fund" makes that fund no parent; "The fund has
// £96 million ..., of which £30 million has been approved for the 3
// national police-led programmes: the A, the B and the C" is the fund's
// budget and one award to the group, with its members named.
func TestStatedTableUnitAndNationalProgrammes(t *testing.T) {
	r := parseHTML(t, `<p>Nineteen projects led by police forces will share £48.6 million from the first round of the Police Digital Collaboration Fund.</p>`+
		`<p>The awards are the first to be made through the competitive strand of the Police Digital Collaboration Fund.</p>`+
		`<p>The fund has £96 million available in this financial year, of which £30 million has been approved for the 3 national police-led programmes: the Police Data Platform, the Digital Evidence Exchange Programme and the National Forensic Capabilities Network.</p>`+
		`<p>The 6 largest awards in the round are set out below. Figures are in £ million. The full list of 19 projects is published in the annex to this release.</p>`+
		`<table><tr><th>Lead force</th><th>Project</th><th>2026 to 2027</th><th>2027 to 2028</th><th>Total</th></tr><tr><td>Lancashire Constabulary</td><td>Automated redaction</td><td>2.4</td><td>2.8</td><td>5.2</td></tr><tr><td>Essex Police</td><td>Digital forensics triage</td><td>1.0</td><td>1.75</td><td>2.75</td></tr></table>`)
	if got := awardList(r); got != "national police-led programmes (Police Data Platform, Digital Evidence Exchange Programme, National Forensic Capabilities Network) 30000000|Lancashire Constabulary 5200000|Essex Police 2750000" {
		t.Errorf("awards %s", got)
	}
	if got := limitList(r); got != "Police Digital Collaboration Fund 96000000 2023/24" {
		t.Errorf("limits %s", got)
	}
	for _, aw := range r.Awards {
		if aw.Fund != "Police Digital Collaboration Fund" {
			t.Errorf("%s: fund %q", aw.Recipient, aw.Fund)
		}
	}
}

// "has named the twenty artists ..., with each receiving €15,000",
// then the total retold ("worth €300,000 in total"), a heading and a
// paragraph naming no one ("Here are eight of them"), then a definition
// list of the artists: each gets the figure.
func TestEachFigureOverDefinitionListAfterHeading(t *testing.T) {
	r := parseHTML(t, `<p>The Arts Council has named the twenty artists who will receive its Next Generation Artist Awards for 2025, with each receiving €15,000 to spend a year developing their practice.</p>`+
		`<p>The awards, worth €300,000 in total, are aimed at artists in the early stages of their careers. They can be used to buy time to make new work.</p><p>This year's round drew 612 applications.</p>`+
		`<h2>Some of this year’s recipients</h2><p>The Arts Council has published a list of all twenty recipients on its website. Here are three of them, with what they plan to do.</p>`+
		`<dl><dt>Saoirse Ní Chonghaile (Saoirse Conneely) – visual arts, Galway</dt><dd>A series of large textile works.</dd><dt>Ruth Brennan – dance, Dublin</dt><dd>Training in Brussels and a new solo work.</dd><dt>Darragh Kinsella – music, Wicklow</dt><dd>Composition of a string quartet.</dd></dl>`)
	if got := awardList(r); got != "Saoirse Ní Chonghaile 15000|Ruth Brennan 15000|Darragh Kinsella 15000" {
		t.Errorf("awards %s", got)
	}
}

// "<h2>Saltpans</h2><p>Leith Harbour Films, Edinburgh — £350,000</p>":
// the heading names the work, the line the company given the money.
func TestWorkHeadingOverCompanyLine(t *testing.T) {
	r := parseHTML(t, `<h2>An t-Eilean Dorcha (The Dark Island)</h2><p><strong>Caorann Pictures, Inverness — up to £500,000</strong></p><p>A six-part crime drama.</p><h2>Saltpans</h2><p><strong>Leith Harbour Films, Edinburgh — £350,000</strong></p><p>A feature film.</p><h2>The Last Ferry</h2><p><strong>Tolbooth Docs, Stirling — £95,000</strong></p><p>A documentary.</p>`)
	if got := awardList(r); got != "Caorann Pictures 500000|Leith Harbour Films 350000|Tolbooth Docs 95000" {
		t.Errorf("awards %s", got)
	}
}

// "through the Annual Funding Programme": a capitalised Funding inside a
// programme's name (but "Transformation Funding Awards", a decision's
// title, names no fund).
func TestFundingInsideProgrammeName(t *testing.T) {
	r := parseHTML(t, `<p>In 2023/24, 99 organisations received a total of £13.4 million through the Annual Funding Programme.</p>`)
	if got := strings.Join(r.Funds, "|"); got != "Annual Funding Programme" {
		t.Errorf("funds %q", got)
	}
	r = parseHTML(t, `<h2>Transformation Funding Awards</h2><p>The Commissioner approved £21.5m of awards to the Police Transformation Fund bids.</p>`)
	if got := strings.Join(r.Funds, "|"); strings.Contains(got, "Funding Awards") {
		t.Errorf("funds %q", got)
	}
}

// "Voltaic Insight said its Series A round ... Separately, it has been
// awarded £612,000": "it" is the company that opened a sentence just
// before; "University of Nottingham spin-out Anodic Materials has been
// awarded £980,000": the spin-out, not the university.
func TestItAfterCompanyAndSpinOut(t *testing.T) {
	r := parseHTML(t, `<p>Voltaic Insight said its Series A round was led by Tyne Capital Partners, with angel investors also taking part. The company raised £1.1m in a seed round in 2022.</p><p>Separately, it has been awarded £612,000 through the Innovate UK Smart Grants programme.</p>`+
		`<p>University of Nottingham spin-out Anodic Materials has been awarded £980,000 to develop silicon anodes.</p>`)
	if got := awardList(r); got != "Voltaic Insight 612000|Anodic Materials 980000" {
		t.Errorf("awards %s", got)
	}
}

// "The fellows, announced today in the eighth round of UKRI’s Future
// Leaders Fellowships, will share £98 million": the funder's fund is no
// grantee; "selected 71 charities to receive a combined €399m" is the
// batch.
func TestFundersFundNoGranteeAndReceiveCombined(t *testing.T) {
	r := parseHTML(t, `<p>The fellows, announced today in the eighth round of UKRI’s Future Leaders Fellowships, will share £98 million.</p><p>The council has selected 71 charities to receive a combined €399m through its Warm Spaces Fund.</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
	if got := roundList(r); got != "399000000/71|98000000/-" {
		t.Errorf("rounds %s", got)
	}
}

// Plain-text minutes: "RESOLVED: to award GBP 9,500" is text, not a
// header field to drop, and gives the numbered item's applicant ("5(d)
// King's Lynn Mencap Gateway Club - Saturday club ..."); a declined item
// gives nothing.
func TestPlainTextMinutesResolvedItems(t *testing.T) {
	text := "MINUTES OF THE GRANTS COMMITTEE\n\n" +
		"5(a) Norwich Night Shelter - volunteer co-ordinator for the winter\n     shelter, December to March. Requested GBP 9,500.\n     RESOLVED: to award GBP 9,500.\n\n" +
		"5(d) King's Lynn Mencap Gateway Club - Saturday club and summer trips\n     for young adults. Requested GBP 7,800.\n     RESOLVED: to award GBP 7,800.\n\n" +
		"5(g) Wymondham Abbey Bellringers - re-roping the ring of ten bells.\n     Requested GBP 3,500.\n     RESOLVED: to decline.\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/minutes.txt"})
	if got := awardList(r); got != "Norwich Night Shelter 9500|King's Lynn Mencap Gateway Club 7800" {
		t.Errorf("awards %s", got)
	}
	if !strings.Contains(r.Text, "RESOLVED: to award GBP 9,500.") {
		t.Errorf("a resolution line was dropped from the text")
	}
}

// "a £9,960 grant to the Leicester poet Kiran Desai-Moss", "Cornish
// ceramicist Jory Penhallow": the person, not the place before the
// calling.
func TestPersonByPlaceAndCalling(t *testing.T) {
	r := parseHTML(t, `<p>Typical of these was a £9,960 grant to the Leicester poet Kiran Desai-Moss to complete her first collection.</p><p>The council gave £4,850 to Cornish ceramicist Jory Penhallow for a kiln.</p><p>Leicester poet Kiran Desai-Moss has been awarded £2,000.</p><p>Leicester City Council has been awarded £5,000.</p>`)
	if got := awardList(r); got != "Kiran Desai-Moss 9960|Jory Penhallow 4850|Kiran Desai-Moss 2000|Leicester City Council 5000" {
		t.Errorf("awards %s", got)
	}
}

// A plain-text decision record: "Date published:" dates it (not "Date of
// report:"); a fixed-width table whose text cells wrap onto further
// lines keeps every row; "Round 1 (decision June 2024)   7 grants
// £16,200" is a recapped round with its count; "Remaining for round 4"
// is a round to come; "£11,340 will remain in the scheme budget" is
// what is left, no grantee.
func TestPlainTextDecisionRecord(t *testing.T) {
	text := "RECORD OF CABINET MEMBER DECISION\n\n" +
		"Date of report:   9 January 2025\nDate published:   20 January 2025\n\n" +
		"1.1 To approve five grants in the third funding round of the Community Sport Grants Scheme.\n\n" +
		"2.1 That grants totalling £7,400 be approved for the applicants listed in Table 1.\n\n" +
		"2.2 That the Cabinet Member notes that, once these grants are approved,\n    £11,340 will remain in the scheme budget for 2024/25.\n\n" +
		"3.3 Two rounds have already been determined this year:\n\n" +
		"      Round 1 (decision June 2024)        7 grants    £16,200\n" +
		"      Round 2 (decision September 2024)   6 grants    £14,850\n\n" +
		"Table 1: Round 3 recommended grants\n\n" +
		" Applicant                        Project                         Project   Grant\n" +
		"                                                                  cost      recommended\n" +
		" -------------------------------  ------------------------------  --------  -----------\n" +
		" Stafford Harriers                Coach education for six run     £3,200    £2,400\n" +
		"                                  leaders (beginner and couch\n" +
		"                                  to 5k groups)\n" +
		" Stone Dominoes FC                Junior goalposts and two        £8,600    £5,000\n" +
		"                                  portable floodlight towers\n\n" +
		"6.1 Budget position:\n\n" +
		"      Budget                               £60,000\n" +
		"      Remaining for round 4                £11,340\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/decision.txt"})
	if r.Published != "2025-01-20" {
		t.Errorf("published %q", r.Published)
	}
	if got := awardList(r); got != "Stafford Harriers 2400|Stone Dominoes FC 5000" {
		t.Errorf("awards %s", got)
	}
	var rounds []string
	for _, rd := range r.Rounds {
		n := 0
		if rd.Round != nil {
			n = *rd.Round
		}
		rounds = append(rounds, strconv.Itoa(n)+":"+strconv.FormatInt(*rd.Total, 10))
	}
	if got := strings.Join(rounds, "|"); got != "3:7400|2:14850|1:16200" {
		t.Errorf("rounds %s", got)
	}
}

// "Torus will fund the rest of the £24m scheme": a project's cost, not a
// fund's budget (while "launched the £24m scheme" is one).
func TestRestOfTheSchemeIsNoBudget(t *testing.T) {
	r := parseHTML(t, `<p>Torus will fund the rest of the £24m scheme from its own development programme.</p><p>The council will meet the remainder of the £9m scheme from borrowing.</p><p>The government has launched the £30m scheme to help councils.</p>`)
	if got := limitList(r); got != " 30000000 -" {
		t.Errorf("limits %q", got)
	}
}

// "Dr Hannah Pryce’s £1.94m fellowship will fund ...": the person's
// fellowship; "At Llandysul he met volunteers from Afonydd Cymru, which
// has been awarded almost £650,000": the name the relative clause hangs
// on, not the place that opens the sentence.
func TestPossessiveFellowshipAndRelativeAntecedent(t *testing.T) {
	r := parseHTML(t, `<p>In the School of Medicine, Dr Hannah Pryce’s £1.94m fellowship will fund work on sepsis.</p><p>At Llandysul he met staff and volunteers from Afonydd Cymru, which has been awarded almost £650,000 to restore the river.</p>`)
	if got := awardList(r); got != "Hannah Pryce 1940000|Afonydd Cymru 650000" {
		t.Errorf("awards %s", got)
	}
}

// A plain-text bulletin's grants, one "Name – £X (what for)" line each
// under a heading in capitals, flush left and one under another: every
// line is a grant (a "drop-in" session is no drop in money).
func TestPlainTextGrantLinesUnderCapsHeadings(t *testing.T) {
	text := "COMMISSIONER'S E-BULLETIN\n\nTwelve groups will share £14,000 in the third round of the Small Grants Scheme.\n\nThis round's grants are:\n\n" +
		"HEREFORDSHIRE\nRoss-on-Wye Youth Café – £3,200 (Friday night drop-in sessions)\nLeominster Community Speedwatch – £1,850 (speed detection equipment)\n\n" +
		"SHROPSHIRE\nOswestry Boxing Academy – £4,950 (coaching for young people)\nLudlow Domestic Abuse Forum – £4,000 (awareness sessions)\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/bulletin.txt"})
	if got := awardList(r); got != "Ross-on-Wye Youth Café 3200|Leominster Community Speedwatch 1850|Oswestry Boxing Academy 4950|Ludlow Domestic Abuse Forum 4000" {
		t.Errorf("awards %s", got)
	}
}

// "has entered into a $245,000 cooperative agreement with the Arkansas
// Delta Rural Development Network": the body agreed with; "X will use a
// $9,800,000 ReConnect Program grant and a $9,800,000 ReConnect loan":
// X's grant, not the loan; "a $1,450,000 Community Facilities Direct
// Loan" is a loan.
func TestCooperativeAgreementAndUseAGrant(t *testing.T) {
	r := parseHTML(t, `<p>Rural Development has entered into a $245,000 cooperative agreement with the Arkansas Delta Rural Development Network to provide training.</p><p>Ozark Highlands Telephone Cooperative will use a $9,800,000 ReConnect Program grant and a $9,700,000 ReConnect loan to build a fiber network.</p><p>The City of Mountain View is receiving a $1,450,000 Community Facilities Direct Loan and a $150,000 Community Facilities grant to buy two ambulances.</p><p>The council will use a £2m loan to fix roads.</p>`)
	if got := awardList(r); got != "Arkansas Delta Rural Development Network 245000|Ozark Highlands Telephone Cooperative 9800000|City of Mountain View 150000" {
		t.Errorf("awards %s", got)
	}
}

// "ATLANTA – Five communities in Georgia, North Carolina and South
// Carolina have been selected to receive $5.9 million": after a wire
// story's bare dateline the subject opens the sentence, and counts the
// batch (no award to the states named).
func TestBareDatelineBeforeCountedSubject(t *testing.T) {
	r := parseHTML(t, `<p>ATLANTA – Five communities in Georgia, North Carolina and South Carolina have been selected to receive $5.9 million in Brownfields grants.</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
	if got := roundList(r); got != "5900000/5" {
		t.Errorf("rounds %s", got)
	}
}

// On a page about a fund: "£2.6m went to Tamar Rural Housing and
// £740,000 to the Lyndhurst Almshouse Charity", "On the Welsh border,
// £1.2 million to Herefordshire Council and £800,000 to Shropshire
// Council will pay for ..."; and "the third round of the fund, in which
// 55 projects across the UK share £960m" is the round, not the UK's.
func TestFiguresGoneToBodiesAndRoundInWhich(t *testing.T) {
	r := parseHTML(t, `<p>The Rural Bus Recovery Fund has announced its third round.</p><p>On the Welsh border, £1.2 million to Herefordshire Council and £800,000 to Shropshire Council will pay for new cross-border services.</p><p>Smaller operators also did well. £2.6m went to Tamar Rural Housing and £740,000 to the Lyndhurst Almshouse Charity.</p><p>The money comes from the third round of the fund, in which 55 projects across the UK share £96m.</p>`)
	if got := awardList(r); got != "Herefordshire Council 1200000|Shropshire Council 800000|Tamar Rural Housing 2600000|Lyndhurst Almshouse Charity 740000" {
		t.Errorf("awards %s", got)
	}
	if got := roundList(r); got != "96000000/55" {
		t.Errorf("rounds %s", got)
	}
}

// A plain-text e-mail's header ("From:", "Date:", "Subject:",
// "List-Unsubscribe:") is read for its date and title, not as text: no
// award to "PRESS RELEASE" from its subject line.
func TestPlainTextEmailHeader(t *testing.T) {
	text := "From: Arts Council England Press Office <press@example.org>\nDate: Wed, 12 Jun 2030 10:00:00 +0100\nSubject: PRESS RELEASE: £11.7 million to keep 23 cultural buildings open\nList-Unsubscribe: <https://example.org/unsubscribe>\n\n" +
		"23 arts centres will share £11.7 million in the fourth round of the Capital Investment Programme.\n"
	r := parsePage(t, text, Meta{URL: "file:///tmp/mail.txt"})
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
	if r.Title != "PRESS RELEASE: £11.7 million to keep 23 cultural buildings open" || r.Published != "2030-06-12" {
		t.Errorf("title %q, published %q", r.Title, r.Published)
	}
	if strings.Contains(r.Text, "press@example.org") {
		t.Errorf("the header was read as text")
	}
}

// "thanks to a £1,630,000 National Lottery Heritage Fund delivery grant
// to the Bann Valley Mill Trust": one grant the fund gives, to the
// trust, not the fund's budget.
func TestFundNamedGrantToBody(t *testing.T) {
	r := parseHTML(t, `<p>A mill on the River Bann is to be restored, thanks to a £1,630,000 National Lottery Heritage Fund delivery grant to the Bann Valley Mill Trust.</p>`)
	if got := awardList(r); got != "Bann Valley Mill Trust 1630000" {
		t.Errorf("awards %s", got)
	}
	if got := limitList(r); got != "" {
		t.Errorf("limits %s", got)
	}
}

// A board's decisions: "approved £6.8m to Huntingdonshire District
// Council for the St Neots Eastern Gateway ..." (a place's council has
// no "for" in its name); "approved £250,000 of development funding to X"
// (a kind of funding in one word; "of match funding" is X's own money).
func TestCouncilForSchemeAndKindOfFunding(t *testing.T) {
	r := parseHTML(t, `<p>The Corridor Investment Fund has £24m available in 2024/25.</p><ol type="a"><li>approved £6.8m to Huntingdonshire District Council for the St Neots Eastern Gateway bus and cycle link;</li><li>approved £250,000 of development funding to South Cambridgeshire District Council to complete a feasibility study;</li><li>noted £90,000 of match funding to Fenland District Council from its partners.</li></ol>`)
	if got := awardList(r); got != "Huntingdonshire District Council 6800000|South Cambridgeshire District Council 250000" {
		t.Errorf("awards %s", got)
	}
	if len(r.Awards) > 0 && r.Awards[0].Purpose != "St Neots Eastern Gateway bus and cycle link" {
		t.Errorf("purpose %q", r.Awards[0].Purpose)
	}
}

// "the Police, Fire and Crime Commissioner for Essex has secured
// £689,000": a title whose comma is its own.
func TestPoliceFireAndCrimeCommissioner(t *testing.T) {
	r := parseHTML(t, `<p>In Essex, the Police, Fire and Crime Commissioner for Essex has secured £689,000 for safer travel.</p><p>The Police, Fire and Crime Commissioner for Staffordshire has secured £512,000 for street lighting.</p>`)
	if got := awardList(r); got != "Police, Fire and Crime Commissioner for Essex 689000|Police, Fire and Crime Commissioner for Staffordshire 512000" {
		t.Errorf("awards %s", got)
	}
}

// "The trustees set a Small Grants budget of £35,000": a programme named
// by the size of its grants, capitalised inside its sentence (but
// "Small grants of up to £500" names none).
func TestSmallGrantsProgrammeName(t *testing.T) {
	r := parseHTML(t, `<p>The trustees set a Small Grants budget of £35,000 for 2023/24.</p><p>Small grants of up to £500 are available.</p>`)
	if got := strings.Join(r.Funds, "|"); got != "Small Grants" {
		t.Errorf("funds %q", got)
	}
}

// "Piers, harbours, roads and community buildings ... will benefit from
// £18m": things listed, no grantee "Piers"; "VTrans expects
// approximately $3.5 million to be available": the fund's budget, not
// VTrans's grant.
func TestCommonListAndExpectedAvailable(t *testing.T) {
	r := parseHTML(t, `<p>Piers, harbours, roads and community buildings on Scotland’s islands will benefit from £18m this year.</p><p>VTrans expects approximately $3.5 million to be available.</p><p>Oxfam, the charity, and Shelter will receive £2m.</p>`)
	if got := awardList(r); got != "Shelter 2000000" {
		t.Errorf("awards %s", got)
	}
	if len(r.Limits) != 1 || r.Limits[0].Amount != 3500000 {
		t.Errorf("limits %s", limitList(r))
	}
	// a list with a name in it is no list of common nouns
	if r := parseHTML(t, `<p>Oxfam, the charity and Shelter will receive £2m.</p>`); len(r.Awards) != 1 {
		t.Errorf("awards %s, rounds %s", awardList(r), roundList(r))
	}
}

// "Lancashire Constabulary’s £4.2m will arrive in two instalments, ...",
// "Thames Valley Police’s £3.75m is split £1.5m in 2019/20 and £2.25m in
// 2020/21": the force's grant, told by how it is paid.
func TestPossessiveGrantPaidInParts(t *testing.T) {
	r := parseHTML(t, `<p>Lancashire Constabulary’s £4.2m will arrive in two instalments, £1.8m in 2019/20 and £2.4m in 2020/21, while Thames Valley Police’s £3.75m is split £1.5m in 2019/20 and £2.25m in 2020/21.</p>`)
	if got := awardList(r); got != "Lancashire Constabulary 4200000|Thames Valley Police 3750000" {
		t.Errorf("awards %s", got)
	}
	if len(r.Awards) == 2 && len(r.Awards[1].Tranches) != 2 {
		t.Errorf("tranches %+v", r.Awards[1].Tranches)
	}
}

// "The programme manager post is graded at PO8 (GBP 46,890 - GBP
// 49,746)": a pay grade's range, no award.
func TestPostGradedAtRange(t *testing.T) {
	r := parseHTML(t, `<p>The Commissioner approved £4.2m for the project.</p><p>The programme manager post is graded at PO8 (GBP 46,890 - GBP 49,746).</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// "Links Hall, Leven: £870,000 for Levenmouth Community Trust to
// refurbish the hall": the body the money is for, not the building that
// labels the line; and "£42m is available through Transforming Towns
// this financial year, covering ... projects such as those announced
// today" keeps its year.
func TestBuildingLineForBodyAndAvailableThisYear(t *testing.T) {
	r := parsePage(t, `<html><body><article><p class="date">19 November 2030</p><p>The Regeneration Capital Grant Fund awards:</p><ul><li>Links Hall, Leven: £870,000 for Levenmouth Community Trust to refurbish the hall.</li><li>Carnegie Library, Dunfermline: £450,000 for new roof works.</li></ul><p>A total of £42m is available through the fund this financial year, covering larger capital projects such as those announced today.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Levenmouth Community Trust 870000|Carnegie Library 450000" {
		t.Errorf("awards %s", got)
	}
	if got := limitList(r); got != "Regeneration Capital Grant Fund 42000000 2030/31" {
		t.Errorf("limits %s", got)
	}
}

// Cards whose figure comes first, over the heading naming the grantee:
// "<p>£4,200</p><h3>Gwen Pritchard, Tirley</h3><p>...</p>".
func TestCardFigureOverNameHeading(t *testing.T) {
	r := parseHTML(t, `<p>Nine groups and farmers share £58,300 in the third round of the Severn Vale Nature Grants.</p><h2>The grants</h2><div class="card"><p>£4,200</p><h3>Gwen Pritchard, Tirley</h3><p>Gwen will plant 600 metres of hedgerow.</p></div><div class="card"><p>£7,500</p><h3>Chaceley Parish Meeting</h3><p>Restoring the village pond.</p></div>`)
	if got := awardList(r); got != "Gwen Pritchard 4200|Chaceley Parish Meeting 7500" {
		t.Errorf("awards %s", got)
	}
	// a statistic over a section's heading names no grantee
	r = parseHTML(t, `<p>The Nature Fund has opened.</p><div class="stat"><p>£1.2m</p></div><h2>Key Facts</h2><p>Text here.</p><div class="stat"><p>£800,000</p></div><h2>Next Steps</h2><p>More text.</p>`)
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// A list of projects titled by name, each led by a body: "Glens of
// Antrim Dark Skies - £92,000 A partnership led by X to record ...",
// "Foyle Shirt Factory Memories - £49,700. Led by Y, the project will
// ...": the lead holds the grant.
func TestProjectTitleThenLedBy(t *testing.T) {
	r := parseHTML(t, `<p>The Heritage Fund awards:</p><ul><li>Glens of Antrim Dark Skies - £92,000 A partnership led by Causeway Coast and Glens Heritage Trust to record the folklore.</li><li>Foyle Shirt Factory Memories - £49,700. Led by Creggan Women's Network, the project will gather stories.</li></ul>`)
	if got := awardList(r); got != "Causeway Coast and Glens Heritage Trust 92000|Creggan Women's Network 49700" {
		t.Errorf("awards %s", got)
	}
}

// "Kendal Sight Loss Support, Cumbria – £6,415": a capitalised word of a
// name ("Loss") is no negative cue; "Ashington Polish Saturday School",
// "Hendon Tuesday Club": a weekday inside a name.
func TestNameWordsNoCuesAndWeekdayInName(t *testing.T) {
	r := parseHTML(t, `<p>The National Lottery Awards for All programme has made 671 grants.</p><div class="card"><h3>Kendal Sight Loss Support, Cumbria – £6,415</h3><p>Peer support groups.</p></div><div class="card"><h3>Ashington Polish Saturday School, Northumberland – £7,250</h3><p>A year of sessions.</p></div><ul><li>Hendon Tuesday Club, Sunderland – £3,000</li><li>Riverside Trust, Hull – £2,000</li></ul>`)
	if got := awardList(r); got != "Kendal Sight Loss Support 6415|Ashington Polish Saturday School 7250|Hendon Tuesday Club 3000|Riverside Trust 2000" {
		t.Errorf("awards %s", got)
	}
}

// A card headed by a name in Irish with the English in brackets,
// "Ionad Ealaíon an Iúir (Newry Arts Centre)", over its figure: the
// heading whole (while "The Listening Post (Wexbury)" drops its place).
func TestIrishNameHeadingWithEnglishInBrackets(t *testing.T) {
	r := parseHTML(t, `<p>The Annual Funding Programme supports 97 organisations.</p><div class="award-card"><h4>Ionad Ealaíon an Iúir (Newry Arts Centre)</h4><p>£122,400</p><p>Bilingual programme.</p></div><div class="award-card"><h4>The Listening Post (Wexbury)</h4><p>£12,300</p><p>Plays.</p></div>`)
	if got := awardList(r); got != "Ionad Ealaíon an Iúir (Newry Arts Centre) 122400|Listening Post 12300" {
		t.Errorf("awards %s", got)
	}
	// a scheme and the council that runs it, over the scheme's pot
	r = parsePage(t, "BULLETIN\n\n2. OPEN NOW\n\n* SHOPFRONT IMPROVEMENT GRANT SCHEME (Castlebridge Borough Council)\n  £250,000 pot for independent businesses; up to £10,000 each.\n", Meta{URL: "file:///tmp/bulletin.txt"})
	if got := awardList(r); got != "" {
		t.Errorf("awards %s", got)
	}
}

// "has awarded $48 million through its Bridge Investment Program to the
// Maine Department of Transportation", "a $1.6 million ... (RAISE)
// planning grant to the City of Augusta for Water Street", "selected
// for a $1,000,000 Revolving Loan Fund Grant": the body after the
// fund's name or the grant's, and a grant to lend on is a grant.
func TestGrantThroughItsFundAndNamedGrantTo(t *testing.T) {
	r := parseHTML(t, `<p>The U.S. Department of Transportation has awarded $48 million through its Bridge Investment Program to the Maine Department of Transportation to replace the bridge.</p><p>Separately, Whitcomb announced a $1.6 million Rebuilding American Infrastructure with Sustainability and Equity (RAISE) planning grant to the City of Augusta for Water Street.</p><p>Altamaha Regional Commission has been selected for a $1,000,000 Revolving Loan Fund Grant.</p>`)
	if got := awardList(r); got != "Maine Department of Transportation 48000000|City of Augusta 1600000|Altamaha Regional Commission 1000000" {
		t.Errorf("awards %s", got)
	}
}

// "the Home Office confirmed the Staffordshire Violence Reduction
// Alliance's core grant at £1.18m": a possessed grant with one word of
// its kind between.
func TestPossessedCoreGrantAt(t *testing.T) {
	r := parseHTML(t, `<p>In January 2029 the Home Office confirmed the Staffordshire Violence Reduction Alliance's core grant at £1.18m for two years.</p><p>The council confirmed Hollins Farm's capital grant of £48,000.</p>`)
	if got := awardList(r); got != "Staffordshire Violence Reduction Alliance 1180000|Hollins Farm 48000" {
		t.Errorf("awards %s", got)
	}
}

// "Gateshead Council’s award is being paid over two years: £2.1m this
// year and £4.1m next year": one award, the parts its tranches.
func TestAwardPaidInPartsAfterColon(t *testing.T) {
	r := parsePage(t, `<html><body><article><p class="date">10 September 2030</p><p>Gateshead Council’s award is being paid over two years: £2.1m this year and £4.1m next year.</p></article></body></html>`, Meta{})
	if got := awardList(r); got != "Gateshead Council 6200000" {
		t.Errorf("awards %s", got)
	}
	if len(r.Awards) == 1 && len(r.Awards[0].Tranches) != 2 {
		t.Errorf("tranches %+v", r.Awards[0].Tranches)
	}
}

// TestBudgetRisingToNextYearAndRateColumns: "£3.86 billion is available
// in 2025 to 2026, rising to £3.96 billion in 2026 to 2027" is two
// years' limits; a "per head" column beside the yearly allocations is no
// year's money.
func TestBudgetRisingToNextYearAndRateColumns(t *testing.T) {
	wantLimits(t, "<p>Published 10 February 2025</p><p>", map[string]string{
		"In total, £3.86 billion is available through the Public Health Grant in 2025 to 2026, rising to £3.96 billion in 2026 to 2027.": "Public Health Grant 3860000000 2025/26|Public Health Grant 3960000000 2026/27",
	})
	r := parseHTML(t, `<table><tr><th>Local authority</th><th>2025 to 2026 (£)</th><th>2026 to 2027 (£)</th><th>2025 to 2026 per head (£)</th></tr>
<tr><td>Darlington</td><td>9,864,200</td><td>10,127,500</td><td>90.75</td></tr>
<tr><td>Hartlepool</td><td>10,297,400</td><td>10,566,800</td><td>109.43</td></tr></table>`)
	if got := awardList(r); got != "Darlington 19991700|Hartlepool 20864200" {
		t.Errorf("awards %q", got)
	}
}

// TestSainteAndMountAbbreviations: "Sault Ste. Marie" and "Mt. Vernon"
// end no sentence, so the body before them keeps its award.
func TestSainteAndMountAbbreviations(t *testing.T) {
	r := parseHTML(t, `<ul><li><strong>Algoma Youth Health Partnership</strong>, Sault Ste. Marie: $2.5 million</li><li><strong>Riverside Youth Alliance</strong>, Mt. Vernon: $1.2 million</li></ul>`)
	if got := recipients(r); got != "Algoma Youth Health Partnership|Riverside Youth Alliance" {
		t.Errorf("recipients %q", got)
	}
}

// TestLeadingAPartnershipAndClosingSum: "Name, leading a partnership
// with two GP practices – up to £72,000" is the name's award, not a
// batch for two; "In all, up to £635,050 has been offered." after the
// list totals the round.
func TestLeadingAPartnershipAndClosingSum(t *testing.T) {
	r := parseHTML(t, `<p>Offers have been made to:</p><ul><li><strong>Bootle Community Health Trust</strong> – up to £148,000 for link workers</li><li><strong>Knowsley Gypsy and Traveller Support</strong>, leading a partnership with two local GP practices and the community nursing team – up to £72,000 for mobile health outreach</li></ul><p>In all, up to £635,050 has been offered.</p>`)
	if got := awardList(r); got != "Bootle Community Health Trust 148000|Knowsley Gypsy and Traveller Support 72000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 635050 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	// a sentence that says more than the sum is not a closing line
	r = parseHTML(t, `<ul><li>Bootle Trust – £148,000</li><li>Knowsley Trust – £72,000</li></ul><p>In all, £635,050 has been offered to groups that applied last year and were refused.</p>`)
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestAllocationFromFundAndLongBatchClause: "the council’s allocation
// from the X Fund for 2024/25 is £Y" is the council's award; "approved
// 11 bids from teams at A and B, with a combined value of £Z" totals a
// batch of 11 however long the clause between.
func TestAllocationFromFundAndLongBatchClause(t *testing.T) {
	r := parsePage(t, `<html><head><title>Cabinet decision - Marlshire County Council</title></head><body><article><p>Published 3 March 2025</p><p>Cabinet noted that the council’s allocation from the Adult Social Care Discharge Fund for 2024/25 is £3,420,118.</p></article></body></html>`, Meta{URL: "https://www.marlshire.gov.uk/d"})
	if got := awardList(r); got != "Marlshire County Council 3420118" {
		t.Errorf("awards %q", got)
	}
	r = parseHTML(t, `<p>Our Grants Committee met on 5 November and approved 11 bids from teams at Royal Brightwater Infirmary and Eastcliff Community Hospital, with a combined value of £286,450.</p>`)
	if len(r.Rounds) != 1 || r.Rounds[0].Total == nil || *r.Rounds[0].Total != 286450 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 11 {
		t.Errorf("rounds %+v", r.Rounds)
	}
}

// TestFundHeadingWorksAndFurtherMoney: a heading that names a fund names
// no grantee of the figure under it; "for the Heol Newydd shared-use
// path" is works, not a body; "A further £985,000 ... has been awarded"
// goes to the body given money in the sentence before.
func TestFundHeadingWorksAndFurtherMoney(t *testing.T) {
	r := parseHTML(t, `<h2>Active Travel Fund</h2><p>Tawelan has received a core allocation of £2,140,000 from the Active Travel Fund, which will pay for dropped kerbs. A further £985,000 from the fund has been awarded for the Heol Newydd shared-use path, which will link the estate with the station.</p><h2>Local Transport Fund</h2><p>£1.6 million from the Local Transport Fund will go towards the new bus interchange.</p>`)
	if got := awardList(r); got != "Tawelan 2140000|Tawelan 985000" {
		t.Errorf("awards %q", got)
	}
	// the further money given to someone else is theirs
	r = parseHTML(t, `<p>Tawelan has received £2,140,000 from the Active Travel Fund. A further £985,000 has been awarded to Ceredig Council for a path.</p>`)
	if got := awardList(r); got != "Tawelan 2140000|Ceredig Council 985000" {
		t.Errorf("awards %q", got)
	}
}

// TestReportParagraphNumbers: "2.4 In November 2023 the council was
// also allocated £4.752m" reads past the report's paragraph number; a
// figure that opens a sentence ("2.5 million people") is not one.
func TestReportParagraphNumbers(t *testing.T) {
	page := `<html><head><title>Highways capital programme - Hartmoor County Council</title></head><body><article><p>Published 3 February 2024</p><p>2.4 In November 2023 the council was also allocated £4.752m from the Network North Road Resurfacing Fund.</p><p>3.1.2 The council’s Highways Maintenance Block allocation is £22.767m.</p></article></body></html>`
	r := parsePage(t, page, Meta{URL: "https://www.hartmoor.gov.uk/r"})
	if got := awardList(r); got != "Hartmoor County Council 4752000|Hartmoor County Council 22767000" {
		t.Errorf("awards %q", got)
	}
	for s, want := range map[string]int{"2.4 In November": 4, "3.1.2 The council": 6, "2.5 million people": 0, "2024 The year": 0, "4. The council": 0, "1.5 MW": 0} {
		if got := sectionNumber(s); got != want {
			t.Errorf("sectionNumber(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestHolderBeforeKindOfAward: "Ngozi Adeyemi: Full-time fellowship,
// £18,000" (a <dt> and its <dd>) gives the holder the award and names
// no fund "Full-time fellowship"; "Callum Rees: Fellowship: £9,000"
// likewise.
func TestHolderBeforeKindOfAward(t *testing.T) {
	r := parseHTML(t, `<dl class="fellows"><dt>Ngozi Adeyemi</dt><dd>Full-time fellowship, £18,000. A haptic audio documentary.</dd><dt>Callum Rees</dt><dd>Fellowship: £9,000. A walking tour.</dd></dl>`)
	if got := awardList(r); got != "Ngozi Adeyemi 18000|Callum Rees 9000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Funds) != 0 {
		t.Errorf("funds %v", r.Funds)
	}
	// a named grant after the colon is a fund
	r = parseHTML(t, `<p>Whitby Writers: Arts Council Grant, £9,000.</p>`)
	if got := awardList(r); got != "Whitby Writers 9000" {
		t.Errorf("awards %q", got)
	}
}

// TestEachOfThemReceivesABursary: "Each of them receives a bursary of
// £2,000 – £18,000 in total –" over a list of names gives each named
// one £2,000 (the dash before a total is no range).
func TestEachOfThemReceivesABursary(t *testing.T) {
	r := parseHTML(t, `<p>We are thrilled to introduce the nine writers. Each of them receives a bursary of <strong>£2,000</strong> – £18,000 in total – along with mentoring.</p><p>So, in no particular order:</p><ul><li><strong>Aisha Rahman</strong> (Bradford) – a branching audio drama.</li><li><strong>Tom Keighley</strong> (Hull) – a short story.</li></ul>`)
	if got := awardList(r); got != "Aisha Rahman 2000|Tom Keighley 2000" {
		t.Errorf("awards %q", got)
	}
	wantOneAward(t, `<p>Aisha Rahman receives a fellowship worth £18,000.</p>`, "Aisha Rahman")
	if ms := scanAmounts("grants of £2,000 – £18,000 for small projects"); len(ms) != 1 || ms[0].Min != 2000 {
		t.Errorf("range %+v", ms)
	}
}

// TestOneOfCountedAndBoxOffice: "X is one of six clusters sharing £28m"
// is the batch of six, not X's; "films took £1.1 billion at the global
// box office" is takings.
func TestOneOfCountedAndBoxOffice(t *testing.T) {
	r := parseHTML(t, `<p>Creative Futures is one of six clusters sharing £28m in this phase of the programme.</p><p>Independent UK films took £1.1 billion at the global box office in 2022.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
	if len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 6 {
		t.Errorf("rounds %+v", r.Rounds)
	}
	wantOneAward(t, `<p>Creative Futures is one of six clusters and has received £2.8m.</p>`, "Creative Futures")
}

// TestPlaceAsideOwnerClauseAndNamedAllocation: "Our regional partner
// Lakeside College, in Workington, ... receives £1.2 million" is the
// college's; "£20 million was shared between providers and Severnside's
// allocation was £546,000" gives Severnside its part; "X's School
// Condition Allocation for 2024/25 of £4,186,530" is X's.
func TestPlaceAsideOwnerClauseAndNamedAllocation(t *testing.T) {
	for body, want := range map[string]string{
		`<p>Our regional partner Lakeside College, in Workington, was also successful in the same competition and receives £1.2 million for a skills hub.</p>`: "Lakeside College 1200000",
		`<p>In the first round, £20 million was shared between providers and Severnside's allocation was £546,000.</p>`:                                        "Severnside 546000",
		`<p>On 22 March 2024 the DfE confirmed Calderbrook Metropolitan Borough Council's School Condition Allocation for 2024/25 of £4,186,530.</p>`:          "Calderbrook Metropolitan Borough Council 4186530",
	} {
		if got := awardList(parseHTML(t, body)); got != want {
			t.Errorf("%s\n got %q\nwant %q", body, got, want)
		}
	}
}

// TestSameTakerTwoPurposes: "the council will receive up to £38.5
// million towards A, and up to £21 million towards B" gives the council
// both; "£1.1 million for Sussex Police to ..., and £640,000 for
// Dyfed-Powys Police" gives each its own.
func TestSameTakerTwoPurposes(t *testing.T) {
	r := parseHTML(t, `<p>Hollins Trust will receive up to £38.5 million towards the new Kirkmuir High School, and up to £21 million towards the Lochside Community Campus.</p>`)
	if got := awardList(r); got != "Hollins Trust 38500000|Hollins Trust 21000000" {
		t.Errorf("awards %q", got)
	}
	r = parseHTML(t, `<p>The Police Digital Collaboration Fund awards include £1.1 million for Sussex Police to build an online contact service, and £640,000 for Dyfed-Powys Police to give rural officers mobile access.</p>`)
	if got := awardList(r); got != "Sussex Police 1100000|Dyfed-Powys Police 640000" {
		t.Errorf("awards %q", got)
	}
}

// TestOurKindUnderHeading: "<h3>Riverside Academy</h3><p>Our secondary
// academy receives £749,800 ...": the body the heading names.
func TestOurKindUnderHeading(t *testing.T) {
	r := parseHTML(t, `<h3>Riverside Academy</h3><p>Our secondary academy receives £749,800 to replace the windows.</p><h3>Hollins Primary School</h3><p>Our school receives £49,800 to replace the roof.</p>`)
	if got := awardList(r); got != "Riverside Academy 749800|Hollins Primary School 49800" {
		t.Errorf("awards %q", got)
	}
}

// TestOfferedGrantsWorthUpTo: "X has been offered grants worth up to
// £9.6m" is X's award, hedged, not a cap on bids.
func TestOfferedGrantsWorthUpTo(t *testing.T) {
	r := parseHTML(t, `<p>The Public Sector Decarbonisation Scheme has made 172 offers. Among the largest, Calder Valley Hospitals NHS Foundation Trust has been offered grants worth up to £9.6m to replace its boilers. Ridgeway University has been offered a grant worth up to £4.35m for heat pumps.</p>`)
	if got := awardList(r); got != "Calder Valley Hospitals NHS Foundation Trust 9600000|Ridgeway University 4350000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) > 0 && r.Awards[0].Qualifier == nil {
		t.Errorf("qualifier lost: %+v", r.Awards[0])
	}
}

// TestTheCouncilIsACouncilAndContractsWon: "the council" refers back to
// a council named earlier, never to the contractor given the page's
// other figure; "Hallstone lands £18.6m flood defence job" is work won.
func TestTheCouncilIsACouncilAndContractsWon(t *testing.T) {
	r := parsePage(t, `<html><head><title>Hallstone lands £18.6m Marshfield flood defence job | Civils Weekly</title></head><body><article><h1>Hallstone lands £18.6m Marshfield flood defence job</h1><p>Published 22 May 2024</p><p>Hallstone Civil Engineering has been appointed by Marshfield City Council to build the flood alleviation scheme.</p><p>Work starts in June.</p><p>The scope includes flood walls.</p><p>It includes a pumping station.</p><p>It includes a footbridge.</p><p>It includes embankments.</p><p>It includes drainage.</p><h2>Funding package</h2><p>The council secured £14.2m of Flood Defence Grant in Aid from the Environment Agency for the scheme last year.</p></article></body></html>`, Meta{URL: "https://civils.example/n"})
	if got := awardList(r); got != "Marshfield City Council 14200000" {
		t.Errorf("awards %q", got)
	}
	wantOneAward(t, `<h1>Ashby Trust lands £2m grant for its new hall</h1>`, "Ashby Trust")
}

// TestLeadFieldOverFundAllocationField: "Lead organisation: X" over
// "Towns Fund allocation: £7,400,000" is X's award, not the fund's
// budget.
func TestLeadFieldOverFundAllocationField(t *testing.T) {
	r := parseHTML(t, `<p>The money from the Towns Fund has been divided between seven projects.</p><div class="project"><h3>Harbourside Quarter</h3><p>Reclaiming the fish dock.</p><dl><dt>Lead organisation</dt><dd>Wexcombe Borough Council</dd><dt>Towns Fund allocation</dt><dd>£7,400,000</dd><dt>Total project cost</dt><dd>£18,900,000</dd></dl></div>`)
	if got := awardList(r); got != "Wexcombe Borough Council 7400000" {
		t.Errorf("awards %q", got)
	}
	if len(r.Limits) != 0 {
		t.Errorf("limits %q", limitList(r))
	}
}

// TestForOwnersScheme: "approved £3.85 million from the Brownfield
// Housing Fund for Kestrel Living's Gasworks Lane scheme" is the owner's
// award, the scheme its purpose.
func TestForOwnersScheme(t *testing.T) {
	r := parseHTML(t, `<p>The committee yesterday approved £3.85 million from the Brownfield Housing Fund for Kestrel Living's Gasworks Lane scheme, subject to contract.</p>`)
	if got := awardList(r); got != "Kestrel Living 3850000" {
		t.Errorf("awards %q", got)
	}
	if n, _ := ownersScheme("the town's new market hall"); n != "" {
		t.Errorf("ownersScheme took %q", n)
	}
}

// TestBasedPrefixIsNoName: "Salford-based Irwell Yard Homes" is Irwell
// Yard Homes, as subject and as the company referred back to; a
// ", whose" clause after the subject is the subject's.
func TestBasedPrefixIsNoName(t *testing.T) {
	r := parseHTML(t, `<p>Salford-based Irwell Yard Homes has secured a £9.6 million development loan to convert Tenterden Mill. Separately, the combined authority has awarded the company a £2.75m grant from its Brownfield Land Fund to cover asbestos removal.</p><p>London-based Wildcard Pictures, whose slate includes an adaptation of Maya Lindqvist's novel The Glass Orchard, receives €210,000.</p>`)
	if got := awardList(r); got != "Irwell Yard Homes 2750000|Wildcard Pictures 210000" {
		t.Errorf("awards %q", got)
	}
}

// TestTheCompanyIsNoPublicBody: "the company" refers back past a
// combined authority named in the sentence before to the developer.
func TestTheCompanyIsNoPublicBody(t *testing.T) {
	r := parseHTML(t, `<p>The mill is set to become homes after its developer lined up funding from the Greater Manchester Combined Authority. Salford-based Irwell Yard Homes has secured a £9.6 million development loan to convert Tenterden Mill. Separately, the combined authority has awarded the company a £2.75m grant from its Brownfield Land Fund to cover asbestos removal.</p>`)
	if got := awardList(r); got != "Irwell Yard Homes 2750000" {
		t.Errorf("awards %q", got)
	}
}

// TestKindedGrantToNamedAndColonGrantPhrase: "has awarded WaterBridge
// Africa a challenge grant of up to $250,000"; "Name (Place): a
// three-year award totaling $1.5 million"; "Tickets, $25 to $45" is a
// price.
func TestKindedGrantToNamedAndColonGrantPhrase(t *testing.T) {
	r := parseHTML(t, `<p>In addition, the Ashcombe Foundation has awarded WaterBridge Africa a challenge grant of up to $250,000, which will match new gifts.</p><ul><li>Penobscot Highlands Health Partnership (Lincoln): a three-year award totaling $1.5 million to open a clinic.</li></ul><p>Tickets, $25 to $45, go on sale March 1.</p>`)
	if got := awardList(r); got != "WaterBridge Africa 250000|Penobscot Highlands Health Partnership 1500000" {
		t.Errorf("awards %q", got)
	}
}

// TestSupportedWithAGrant: "first supported WaterBridge in 2026 with a
// $150,000 planning grant" is WaterBridge's; "backed it with" names no
// one.
func TestSupportedWithAGrant(t *testing.T) {
	r := parseHTML(t, `<p>The Ashcombe Foundation first supported WaterBridge in 2026 with a $150,000 planning grant, which paid for surveys.</p><p>The council backed it with a £5,000 grant.</p>`)
	if got := awardList(r); got != "WaterBridge 150000" {
		t.Errorf("awards %q", got)
	}
}

// TestGovernmentsFundTheContributorsProject: in a joint release, the
// federal and provincial figures "in this project" go to the local body
// that contributes its own share, whose share is no grant.
func TestGovernmentsFundTheContributorsProject(t *testing.T) {
	r := parseHTML(t, `<p>In Kincardine, the Municipality will upgrade its water pollution control plant. The Government of Canada is investing $6,412,000 in this project through the Investing in Canada Infrastructure Program. The Government of Ontario is providing $5,342,800, and the Municipality of Kincardine is contributing $4,274,400.</p><p>In Saugeen Shores, the Town will build a water tower. The federal government is investing $3,180,000 in this project, and the provincial government is contributing $2,649,735. The Town of Saugeen Shores is contributing $2,120,265.</p><p>The Government of Canada is investing $2 billion in clean water.</p>`)
	if got := awardList(r); got != "Municipality of Kincardine 6412000|Municipality of Kincardine 5342800|Town of Saugeen Shores 3180000|Town of Saugeen Shores 2649735" {
		t.Errorf("awards %q", got)
	}
}

// TestCountedGroupFromAcrossPlaces: "Fourteen charities and community
// groups from across Hull, the East Riding, ... will share £392,400" is
// a batch of 14, not the last places named.
func TestCountedGroupFromAcrossPlaces(t *testing.T) {
	r := parseHTML(t, `<p>Fourteen charities and community groups from across Hull, the East Riding, North Lincolnshire and North East Lincolnshire will share £392,400 from the Safer Communities Fund.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 14 {
		t.Errorf("awards %q rounds %+v", awardList(r), r.Rounds)
	}
}

// TestSectionGrantsToldByFunderOrHowOften: under a grantee's heading, "A
// grant of £18,000 will keep the pantry open three days a week" (how
// often, no rate) and "Trustees have offered up to £25,000" are the
// heading's body's; "Members pay £4 a week" is a price.
func TestSectionGrantsToldByFunderOrHowOften(t *testing.T) {
	r := parseHTML(t, `<p>Here are the projects we are supporting this time.</p><h3>Kirkley Community Pantry, Lowestoft</h3><p>A grant of £18,000 will keep the pantry open three days a week. Members pay £4 a week for shopping.</p><h3>Orford Village Hall Trust</h3><p>Trustees have offered up to £25,000, subject to planning permission, towards accessible toilets.</p>`)
	if got := awardList(r); got != "Kirkley Community Pantry 18000|Orford Village Hall Trust 25000" {
		t.Errorf("awards %q", got)
	}
}

// TestThroughFundToNamedBody: "Through the X Fund, which we run with
// ..., we awarded £25,000 to Mindful Men Wealdshire: £12,500 in 2023/24
// and a further £12,500 in 2024/25" is one award in two years, not the
// fund's budget; "Through the Y Fund, the government provides $400
// million over five years for trails" is.
func TestThroughFundToNamedBody(t *testing.T) {
	r := parseHTML(t, `<p>Through the Wealdshire Health Equity Fund, which we run with the county’s integrated care board, we awarded £25,000 to Mindful Men Wealdshire: £12,500 in 2023/24 and a further £12,500 in 2024/25 to run walk-and-talk groups.</p><p>Through the Community Trails Fund, the federal government provides $400 million over five years for trails.</p>`)
	if got := awardList(r); got != "Mindful Men Wealdshire 25000" {
		t.Errorf("awards %q", got)
	}
	if got := limitList(r); got != "Community Trails Fund 400000000 -" {
		t.Errorf("limits %q", got)
	}
}

// TestThemeTotalLine: "<h3>Arts, heritage and culture</h3><p>£158,000 ·
// 39 grants</p>" is a theme's batch, not an award to "Arts".
func TestThemeTotalLine(t *testing.T) {
	r := parseHTML(t, `<h3>Arts, heritage and culture</h3><p><strong>£158,000 · 39 grants</strong></p><p>Small grants in this theme go a long way.</p>`)
	if len(r.Awards) != 0 || len(r.Rounds) != 1 || r.Rounds[0].Projects == nil || *r.Rounds[0].Projects != 39 {
		t.Errorf("awards %q rounds %+v", awardList(r), r.Rounds)
	}
}

// TestAwardedThroughManyGrants: "X Foundation awarded £2,184,600
// through 463 grants" is the giver's year, not X's award; "Ashby Youth
// Club awarded £2,000" is a headline's passive.
func TestAwardedThroughManyGrants(t *testing.T) {
	r := parseHTML(t, `<p>Between April 2023 and March 2024 Wealdshire Community Foundation awarded £2,184,600 through 463 grants to charities and community groups across the county.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
	wantOneAward(t, `<p>Ashby Youth Club awarded £2,000 in 2024.</p>`, "Ashby Youth Club")
}

// TestPayAndRatesCollected: "will be paid between £32,000 and £36,000 a
// year" is pay; "collects around £98 million a year in business rates"
// is tax; "will be paid £5,000 in two instalments" is a grant.
func TestPayAndRatesCollected(t *testing.T) {
	r := parseHTML(t, `<p>Northumberland County Council collects around £98 million a year in business rates, but keeps only half.</p><p>The Associates for these two projects will be paid between £32,000 and £36,000 a year.</p><p>Hollins Trust will be paid £5,000 in two instalments.</p>`)
	if got := awardList(r); got != "Hollins Trust 5000" {
		t.Errorf("awards %q", got)
	}
}

// TestBoardColumnAndSpendByStrand: "Education and Training Board" heads
// a column of grantees; a table "Indicative spend by strand" lists no
// grants.
func TestBoardColumnAndSpendByStrand(t *testing.T) {
	r := parseHTML(t, `<table><thead><tr><th>Education and Training Board</th><th>Clubs funded in 2022</th><th>2023 allocation (€)</th></tr></thead><tbody><tr><td>Cavan and Monaghan ETB</td><td>61</td><td>142,380</td></tr><tr><td>City of Dublin ETB</td><td>168</td><td>498,620</td></tr></tbody></table>
<table><caption>Indicative spend by strand, 2022/23 to 2024/25</caption><thead><tr><th>Strand</th><th>Total (£)</th></tr></thead><tbody><tr><td>Parenting support</td><td>702,000</td></tr><tr><td>Infant feeding support</td><td>488,000</td></tr></tbody></table>`)
	if got := awardList(r); got != "Cavan and Monaghan ETB 142380|City of Dublin ETB 498620" {
		t.Errorf("awards %q", got)
	}
}

// TestCardMetaLine: "<h3>Zion Baptist Chapel, Ystrad</h3><p>Rhondda
// Cynon Taf · Cornerstone Grant · £25,000</p>" is the heading's body's.
func TestCardMetaLine(t *testing.T) {
	r := parseHTML(t, `<h2>Some of the places we are helping</h2><div class="grant-card"><h3>Zion Baptist Chapel, Ystrad</h3><p>Rhondda Cynon Taf · Cornerstone Grant · <strong>£25,000</strong></p><p>Urgent roof repairs.</p></div>`)
	if got := awardList(r); got != "Zion Baptist Chapel 25000" {
		t.Errorf("awards %q", got)
	}
	if metaFields("Open 9am · Tickets £5 ·") {
		t.Error("a field with a figure is no card field")
	}
}

// TestOfferedAnAwardOfUpTo: "Ynni Ogwen Cyf has been offered an award
// of up to £640,000" is the body's hedged award; "The fund offers a
// grant of up to £10,000 for each village hall" is a cap.
func TestOfferedAnAwardOfUpTo(t *testing.T) {
	r := parseHTML(t, `<p>In Bethesda, Ynni Ogwen Cyf has been offered an award of up to £640,000 for an 85kW run-of-river scheme.</p><p>The Ynni Bro Capital Fund offers a grant of up to £10,000 for each village hall.</p>`)
	if got := awardList(r); got != "Ynni Ogwen Cyf 640000" {
		t.Errorf("awards %q", got)
	}
	if got := receivesMaximum("the heritage fund has also earmarked a grant of"); !got {
		t.Error("earmarked a grant of: not read as given")
	}
}

// TestPersonTermWithDotFields: "<dt>Dr Ifeoma Castellanos</dt><dd>Wessex
// Metropolitan University · How river microbes ... · £296,400</dd>" is
// the fellow's award.
func TestPersonTermWithDotFields(t *testing.T) {
	r := parseHTML(t, `<h2>The 2031 fellows</h2><dl class="fellows"><dt>Dr Ifeoma Castellanos</dt><dd>Wessex Metropolitan University · How river microbes break down microplastics · <span>£296,400</span></dd><dt>Dr Tomasz Wierzbicki</dt><dd>University of Leeds · Memory and migration · <span>£281,750</span></dd></dl>`)
	if got := awardList(r); got != "Ifeoma Castellanos 296400|Tomasz Wierzbicki 281750" {
		t.Errorf("awards %q", got)
	}
}

// TestTopsTheListAt: "Gwynt y Cwm Co-operative tops the list at £1.45m
// for a second turbine" is the co-operative's award.
func TestTopsTheListAt(t *testing.T) {
	wantOneAward(t, `<p>Twelve community energy schemes share £6.75m from the Ynni Bro Capital Fund. Gwynt y Cwm Co-operative tops the list at £1.45m for a second turbine.</p>`, "Gwynt y Cwm Co-operative")
}

// TestGappedBasedName: "..., and Lusaka-based ChiphikaTech up to
// £395,000" gives the one-word company its award.
func TestGappedBasedName(t *testing.T) {
	r := parseHTML(t, `<p>Moto Briquettes Malawi receives up to £410,000, and Lusaka-based ChiphikaTech up to £395,000 for an induction cooktop.</p>`)
	if got := awardList(r); got != "Moto Briquettes Malawi 410000|ChiphikaTech 395000" {
		t.Errorf("awards %q", got)
	}
}

// TestTwoKindsOfAwardColumns: "Development award (£) | Production award
// (£)" gives each filled cell its own award; "Grant (£) | Total grant
// (£)" is no such pair.
func TestTwoKindsOfAwardColumns(t *testing.T) {
	r := parseHTML(t, `<table><caption>Screen Fund, Round 2</caption><thead><tr><th>Project</th><th>Applicant company</th><th>Development award (£)</th><th>Production award (£)</th></tr></thead><tbody>
<tr><td>The Salt Road</td><td>Gannet Pictures Ltd</td><td>18,000</td><td>–</td></tr>
<tr><td>Marrow</td><td>Hushwing Films</td><td>–</td><td>150,000</td></tr>
<tr><td>Blackthorn Summer</td><td>Coldharbour Features</td><td>12,500</td><td>95,000</td></tr></tbody></table>`)
	if got := awardList(r); got != "Gannet Pictures Ltd 18000|Hushwing Films 150000|Coldharbour Features 12500|Coldharbour Features 95000" {
		t.Errorf("awards %q", got)
	}
	if kindsOfAward("Grant (£)", "Total grant (£)") {
		t.Error("a total is no second kind")
	}
}

// TestTheStudio: "Alongside the investment, the studio has been awarded
// a £50,000 grant" refers back to the studio named before.
func TestTheStudio(t *testing.T) {
	r := parseHTML(t, `<p>Ironwood Forge Games has raised £1.6m in an equity seed round. Alongside the investment, the studio has been awarded a £50,000 grant from the Create Growth Programme.</p>`)
	if got := awardList(r); got != "Ironwood Forge Games 50000" {
		t.Errorf("awards %q", got)
	}
}

// TestAnimationHouseName: "while Bristol animation house Moorland
// Animation receives €150,000" names the company after its description.
func TestAnimationHouseName(t *testing.T) {
	r := parseHTML(t, `<p>Belfast's Heron Bay Productions gets €200,000 for a slate, while Bristol animation house Moorland Animation receives €150,000 to develop two features.</p>`)
	if got := awardList(r); !strings.HasSuffix(got, "|Moorland Animation 150000") {
		t.Errorf("awards %q", got)
	}
}

// TestAnonymousCharityNamedNext: "A Tamworth charity that ... has been
// handed a three-year grant of £287,400" then "Streetwise Youth, which
// was set up ..., said the money ..." names the charity.
func TestAnonymousCharityNamedNext(t *testing.T) {
	r := parseHTML(t, `<p>A Tamworth charity that sends youth workers out to meet teenagers in parks has been handed a three-year grant of £287,400 from The National Lottery Community Fund.</p><p>Streetwise Youth, which was set up by a group of parents in Glascote in 2009, said the money had come just in time.</p>`)
	if got := awardList(r); got != "Streetwise Youth 287400" {
		t.Errorf("awards %q", got)
	}
}

// TestConditionAside: "approved £1.24m, again subject to contract, for
// X" sets a condition between the figure and its recipient.
func TestConditionAside(t *testing.T) {
	r := parseHTML(t, `<p>The board agreed £1.24m, again subject to contract, for Riverside Trust's wetland project. It approved £500,000 subject to contract for the Lakeside Trust, and £200,000, pending a full business case, for Hill Town Council.</p>`)
	if got := awardList(r); got != "Riverside Trust 1240000|Lakeside Trust 500000|Hill Town Council 200000" {
		t.Errorf("awards %q", got)
	}
	if got := conditionAsideEnd("subject to contract, for x", 0); got != len("subject to contract") {
		t.Errorf("aside ends at %d", got)
	}
	if got := conditionAsideEnd("subject to a grant to the council, for x", 0); got != len("subject to a") {
		t.Errorf("an aside naming a recipient is one word long, ends at %d", got)
	}
	if !negativeWindow("a contract worth") || negativeWindow("ect to contract for the trust and") {
		t.Error("contract cue")
	}
}

// TestTotalOfEach: "Twelve projects will each receive £50,000, for a
// total investment of £600,000" adds up a batch.
func TestTotalOfEach(t *testing.T) {
	for page, want := range map[string]string{
		`<p>38 innovators in 21 countries will each receive a seed grant of CAD $100,000 to test bold ideas, for a total investment of CAD $3.8 million.</p>`: "3800000/38",
		`<p>Nine charities get £5,000 each, totalling £45,000.</p>`:                                                                                           "45000/9",
		`<p>The Old Mill Trust will receive £50,000, a total of £1.2m having been raised.</p>`:                                                                "",
	} {
		if got := roundList(parseHTML(t, page)); got != want {
			t.Errorf("%s: rounds %q", page, got)
		}
	}
}

// TestTranchesAfterFund: "£86,500 from the Hospice Futures Fund in the
// current financial year, with a further £64,000 promised for next year"
// names the fund between the figure and its year.
func TestTranchesAfterFund(t *testing.T) {
	r := parseHTML(t, `<article><p>Thursday 18 September 2031</p><p>Fernlea Hospice has been awarded £86,500 from the Hospice Futures Fund in the current financial year, with a further £64,000 promised for next year.</p></article>`)
	if len(r.Awards) != 1 || r.Awards[0].Amount != 150500 || len(r.Awards[0].Tranches) != 2 || r.Awards[0].Tranches[1].Period != "2032/33" {
		t.Fatalf("awards %+v", r.Awards)
	}
	for s, want := range map[string]int{
		"from the fund in 2031/32":          len("from the fund"),
		"from the Hospice Fund (HF) in":     len("from the Hospice Fund (HF)"),
		"from the fund's reserves":          0,
		"from the council in 2031/32":       0,
		"from the Hospice, Care Fund in":    0,
		"from the Wellbeing Programme next": len("from the Wellbeing Programme"),
	} {
		if got := fromFundEnd(s, 0); got != want {
			t.Errorf("fromFundEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestLowercaseGrantName: "the second round of the hospice capital grant"
// and "available through the hospice capital grant" name a scheme in
// lower case; "the new capital grant" names none.
func TestLowercaseGrantName(t *testing.T) {
	for page, want := range map[string]string{
		`<p>61 hospices were awarded a share of £24.6 million in the second round of the hospice capital grant.</p>`: "Hospice Capital Grant",
		`<p>A total of £25 million is available in 2031 to 2032 through the hospice capital grant.</p>`:              "Hospice Capital Grant",
		`<p>The hospice will use the new capital grant of £40,000 to rebuild its kitchen.</p>`:                       "",
	} {
		if got := strings.Join(parseHTML(t, page).Funds, "|"); got != want {
			t.Errorf("%s: funds %q", page, got)
		}
	}
}

// TestRelativeClauseSubject: "X, which covers A, B and C, secured £Y" and
// "X, which had asked for £6m, received £1.1m" are awards to X.
func TestRelativeClauseSubject(t *testing.T) {
	r := parseHTML(t, `<p>The West of England Combined Authority, which covers Bristol, Bath and North East Somerset and South Gloucestershire, secured £105.5 million.</p><p>Cornwall Council, which had asked for £6m to build a traffic-free route between Truro and Falmouth, received £1.1m for the first section at Penryn.</p>`)
	if got := awardList(r); got != "West of England Combined Authority 105500000|Cornwall Council 1100000" {
		t.Errorf("awards %q", got)
	}
	if relativeAfterName("the new scheme, which covers the city, ", true) != 0 || relativeAfterName("HERITAGE-HUB, which ", true) != 0 {
		t.Error("no name opens the clause")
	}
}

// TestRuledFixedWidthTable: a plain-text table whose header sits over a
// rule of dash runs takes its columns from the runs, however close the
// header words ("No. Applicant") and after a paragraph number ("3.2").
func TestRuledFixedWidthTable(t *testing.T) {
	txt := "3.1  Grants approved under the Community Arts Scheme:\n\n" +
		"3.2  Operator                     Grant (GBP)   Purpose\n" +
		"     ---------------------------  ------------  --------------------------\n" +
		"     Arriva Yorkshire               912,500     Retain evening journeys on\n" +
		"                                                routes 1 and 2\n" +
		"     Nidd Valley Buses              644,000     Restore hourly service\n" +
		"     ---------------------------  ------------\n" +
		"     Total                        1,556,500\n\n" +
		"  No. Applicant                 Project                 Requested   Approved\n" +
		"  --- ------------------------- ----------------------- ----------  ---------\n" +
		"  01  Pahiatua Arts Society     Annual exhibition       $3,800.00   $3,000.00\n" +
		"  02  Woodville Theatre Inc     Lighting hire           $3,500.00   $2,750.00\n"
	r := parsePage(t, txt, Meta{ContentType: "text/plain"})
	if got := awardList(r); got != "Arriva Yorkshire 912500|Nidd Valley Buses 644000|Pahiatua Arts Society 3000|Woodville Theatre Inc 2750" {
		t.Errorf("awards %q", got)
	}
	if got := blankSectionNumber("3.2  Operator"); got != "     Operator" {
		t.Errorf("blankSectionNumber %q", got)
	}
	if len(ruleStarts("--------------")) != 1 || len(ruleStarts("---  ----")) != 2 || ruleStarts("Name  Grant") != nil {
		t.Error("ruleStarts")
	}
}

// TestCardNameLineUnderTitle: a card whose heading is the project's
// title, with the holder's name on the line under it and the figure in a
// field named by the fund's acronym ("NMF award: $90,000").
func TestCardNameLineUnderTitle(t *testing.T) {
	r := parseHTML(t, `<article><h1>Neighborhood Matching Fund awards</h1><p>Here are two of this spring's projects:</p>
<div class="card"><h3>Delridge Community Kitchen</h3><p class="org">Delridge Neighborhoods Food Alliance</p><p>Build-out of a shared commercial kitchen where home cooks can start food businesses.</p><ul><li>NMF award: $90,000</li><li>Community match: $182,000</li></ul></div>
<div class="card"><h3>Hillside Arts Trust</h3><p>Lewiston, Idaho</p><p>Six murals along the river trail.</p><ul><li>City grant: $62,000</li><li>Community match: $70,000</li></ul></div></article>`)
	if got := awardList(r); got != "Delridge Neighborhoods Food Alliance 90000|Hillside Arts Trust 62000" {
		t.Errorf("awards %q", got)
	}
}

// TestPaymentsList: "RESOLVED to approve the following payments:" opens a
// list of a council's bills, not grants; the grants item before it stays.
func TestPaymentsList(t *testing.T) {
	txt := "24/068  COMMUNITY GRANTS\n" +
		"        (a) Little Stoneleigh Juniors FC - application for £1,200 for\n" +
		"            goalposts. RESOLVED to award £1,200.\n\n" +
		"24/069  FINANCE\n" +
		"        (a) RESOLVED to approve the following payments:\n" +
		"              K. Whitlock      Salary (June)                 £1,045.20\n" +
		"              Greenway Grounds Grass cutting (June)            £612.00\n" +
		"              Ramp Repairs Ltd Skate park repairs            £2,616.00\n"
	r := parsePage(t, txt, Meta{ContentType: "text/plain"})
	if got := awardList(r); got != "Little Stoneleigh Juniors FC 1200" {
		t.Errorf("awards %q", got)
	}
}

// TestDescribedGroupApplicant: "Stoneleigh Stompers walking group -
// application for £300 ... RESOLVED to award £300." names the group
// with its kind, not the applicant of the item before.
func TestDescribedGroupApplicant(t *testing.T) {
	r := parseHTML(t, `<ol><li>Stoneleigh Bowls Club - application for £750 towards a mower. RESOLVED to award £750.</li><li>Stoneleigh Stompers walking group - application for £300 for first aid training. RESOLVED to award £300.</li></ol>`)
	if got := awardList(r); got != "Stoneleigh Bowls Club 750|Stoneleigh Stompers walking group 300" {
		t.Errorf("awards %q", got)
	}
	if describedGroup("walking group for") || !describedGroup("youth theatre company") {
		t.Error("describedGroup")
	}
}

// TestEarlierAwardAndClubNamedNext: "A Penrith rugby club that was
// rescued ... has been awarded a further £27,500" is named by "Eden Vale
// RUFC has received the money", and "The club was previously awarded
// £61,000 ... in 2019" is an earlier award of its own.
func TestEarlierAwardAndClubNamedNext(t *testing.T) {
	r := parseHTML(t, `<article><p>6 October 2021</p><p>A Penrith rugby club that was rescued from near-closure five years ago has been awarded a further £27,500 to complete the refurbishment of its clubhouse.</p><p>Eden Vale RUFC has received the money from Sport England’s Community Asset Fund. The club was previously awarded £61,000 from the same fund in 2019, which paid for four new changing rooms.</p></article>`)
	if got := awardList(r); got != "Eden Vale RUFC 27500|Eden Vale RUFC 61000" {
		t.Errorf("awards %q", got)
	}
	if !anonymous("A Penrith rugby club that was rescued") || anonymous("A rugby club") {
		t.Error("anonymous")
	}
}

// TestInFundNameFunding: "has awarded $7.9 million in Local Government
// Grant Program funding to 31 cities, counties and park districts" is
// the batch, not an award to the programme.
func TestInFundNameFunding(t *testing.T) {
	r := parseHTML(t, `<p>The Oregon Parks and Recreation Department (OPRD) has awarded $7.9 million in Local Government Grant Program funding to 31 cities, counties and park districts for outdoor recreation projects.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
	if got := roundList(r); got != "7900000/31" {
		t.Errorf("rounds %q", got)
	}
}

// TestHeadlineSelectedFor: "Helixa Robotics Selected for ARIA Robot
// Dexterity Programme" is a headline's verb before the programme's name.
func TestHeadlineSelectedFor(t *testing.T) {
	hits := findFunds("Helixa Robotics Selected for ARIA Robot Dexterity Programme with GBP 2.6 Million Award")
	if len(hits) != 1 || strings.Contains(hits[0].name, "Selected") {
		t.Errorf("funds %+v", hits)
	}
}

// TestProjectHeldAtOrLed: research awards told as the body's project:
// "X’s partnership, worth £3.4 million", "A £2.8 million partnership at
// X", "X will lead work worth £2.5 million".
func TestProjectHeldAtOrLed(t *testing.T) {
	r := parseHTML(t, `<h3>Low-carbon forging</h3><p>The University of Strathclyde’s partnership, worth £3.4 million, will test induction and hydrogen-fired heating.</p><h3>Chromium-free coatings</h3><p>A £2.8 million partnership at Swansea University will develop corrosion-resistant coatings.</p><h3>Remanufacturing</h3><p>The University of Nottingham will lead work worth £2.5 million on designing inverters.</p><p>The council's new leisure centre, worth £12m, opens next year.</p>`)
	if got := awardList(r); got != "University of Strathclyde 3400000|Swansea University 2800000|University of Nottingham 2500000" {
		t.Errorf("awards %q", got)
	}
	if ledWorkWorth("the team will lead the building worth ") || !ledWorkWorth("will lead a joint project worth ") {
		t.Error("ledWorkWorth")
	}
}

// TestOneWordFirmNamedNext: "A Washington engineering company that builds
// laser welding systems has won almost £480,000" then "Photonweld, which
// employs 42 people, secured the money" names the company in one word.
func TestOneWordFirmNamedNext(t *testing.T) {
	r := parseHTML(t, `<p>A Washington engineering company that builds laser welding systems has won almost £480,000 of government innovation funding.</p><p>Photonweld, which employs 42 people on the Pattinson industrial estate, secured the money through a Smart grants competition.</p>`)
	if got := awardList(r); got != "Photonweld 480000" {
		t.Errorf("awards %q", got)
	}
}

// TestUnheldTableRows: rows for money nobody holds yet, or for a kind of
// body, are no awards: "Independent training providers (to be
// procured)", "In-year growth reserve (held by the Combined Authority)".
func TestUnheldTableRows(t *testing.T) {
	r := parseHTML(t, `<table><caption>Adult Skills Fund allocations</caption><tr><th>Provider</th><th>Allocation</th></tr>
<tr><td>Portway College</td><td>£2,400,000</td></tr>
<tr><td>Independent training providers (to be procured)</td><td>£6,500,000</td></tr>
<tr><td>In-year growth reserve (held by the Combined Authority)</td><td>£850,000</td></tr>
<tr><td>Wessex Adult Learning Trust</td><td>£900,000</td></tr></table>`)
	if got := awardList(r); got != "Portway College 2400000|Wessex Adult Learning Trust 900000" {
		t.Errorf("awards %q", got)
	}
}

// TestPlaceLargestGroupNamedNext: "The county's largest further education
// group has been awarded £412,000" is named by the sentence after.
func TestPlaceLargestGroupNamedNext(t *testing.T) {
	r := parseHTML(t, `<p>The county's largest further education group has been awarded £412,000 to lead the new North Lakeshire Careers Hub.</p><p>Lakeshore Education Partnership, which runs nine campuses, will host the hub team at its Ullswater Road site.</p>`)
	if got := awardList(r); got != "Lakeshore Education Partnership 412000" {
		t.Errorf("awards %q", got)
	}
	if anonymous("The council's largest group") {
		t.Error("a council is no place")
	}
}

// TestHeadingLeadThenProject: "<h3>University of Portmere – Coastal
// Universities Alliance</h3><p>£605,000. ...</p>": the lead body, a dash,
// then its project's name.
func TestHeadingLeadThenProject(t *testing.T) {
	r := parseHTML(t, `<h3>University of Portmere – Coastal Universities Alliance</h3><p><strong>£605,000.</strong> The university will lead a partnership of four coastal universities.</p>`)
	if got := awardList(r); got != "University of Portmere 605000" {
		t.Errorf("awards %q", got)
	}
}

// TestYearlyRateThenTotal: a yearly figure and the total it adds up to,
// told several ways, is one award of the total: "£58,000 a year for each
// of the three years from 2025-26 to 2027-28, a total of £174,000",
// "£41,500 a year (£124,500 in total)", "£29,000 annually, worth
// £87,000", "£12,500 a year, £37,500 in total".
func TestYearlyRateThenTotal(t *testing.T) {
	r := parseHTML(t, `<article><p>4 October 2024</p><p>The largest single award goes to The Playhouse on Artillery Street, which will receive £58,000 a year for each of the three years from 2025-26 to 2027-28, a total of £174,000. Echo Echo Dance Theatre Company has been awarded £41,500 a year (£124,500 in total). Void Art Centre gets £29,000 annually, worth £87,000 across the three years. Strabane Arts Collective gets £12,500 a year, £37,500 in total.</p></article>`)
	if got := awardList(r); got != "Playhouse 174000|Echo Echo Dance Theatre Company 124500|Void Art Centre 87000|Strabane Arts Collective 37500" {
		t.Errorf("awards %q", got)
	}
	if len(r.Awards) > 0 && (len(r.Awards[0].Tranches) != 3 || r.Awards[0].Tranches[2].Period != "2027/28") {
		t.Errorf("tranches %+v", r.Awards[0].Tranches)
	}
	if dropStreet("The Cupboard at Farrow Street") != "The Cupboard at Farrow Street" {
		t.Error("a name with its street kept")
	}
}

// TestHeadingEachOverList: "<h2>Awards of €20,000 each</h2>" over a list
// of names gives each the figure.
func TestHeadingEachOverList(t *testing.T) {
	r := parseHTML(t, `<p>Fourteen writers receive the full award.</p><h2>Awards of €20,000 each</h2><ul><li>Aoife Brennan – fiction</li><li>Ciarán Mac Giolla Rua – poetry</li></ul><h2>Awards of €10,000 each</h2><ul><li>Rachel Dunleavy – poetry</li></ul><h2>Prices from €20 each</h2><ul><li>Poetry Ireland</li></ul>`)
	if got := awardList(r); got != "Aoife Brennan 20000|Ciarán Mac Giolla Rua 20000|Rachel Dunleavy 10000" {
		t.Errorf("awards %q", got)
	}
}

// TestRecordPersonAndInstitution: a record's "Institution" field names
// the body that holds the award, before or after its "Chief
// investigator".
func TestRecordPersonAndInstitution(t *testing.T) {
	r := parseHTML(t, `<dl class="award"><dt>Study</dt><dd>PHYSIO-HIP: physiotherapy after hip fracture</dd><dt>Chief investigator</dt><dd>Professor Helen Markey</dd><dt>Institution</dt><dd>University of Bristol</dd><dt>Award</dt><dd>£2,487,310</dd></dl>
<dl class="award"><dt>Institution</dt><dd>University of Leeds</dd><dt>Chief investigator</dt><dd>Dr Iain Holcroft</dd><dt>Award</dt><dd>£2,390,000</dd></dl>`)
	if got := recipients(r); got != "University of Bristol|University of Leeds" {
		t.Errorf("recipients %q", got)
	}
}

// TestFigureThenName: "<p><strong>£298,450</strong> · University of
// Birmingham</p>" under a project's title: the figure, then its holder.
func TestFigureThenName(t *testing.T) {
	r := parseHTML(t, `<h3>Catching polyps early in Lynch syndrome</h3><p><strong>£298,450</strong> · University of Birmingham</p><p>Dr Nadia Farouk will test a stool-based test.</p><h3>Tickets</h3><p>£12 · Standing room</p>`)
	if got := awardList(r); got != "University of Birmingham 298450" {
		t.Errorf("awards %q", got)
	}
}

// TestPDFNumberedPointAndApprovedUpTo: a converted PDF's "2.3   A grant
// of up to £3.2 million has been approved to City of Bradford" (the
// point's number spaced from its text) runs on into the next line as
// prose, and the grant "up to" a figure approved to a named body is its
// award, not a cap.
func TestPDFNumberedPointAndApprovedUpTo(t *testing.T) {
	page := `<html><body>` +
		`<p style="position:absolute;top:10px;left:108px;white-space:nowrap">Item 9 – Brownfield Housing Fund approvals</p>` +
		`<p style="position:absolute;top:22px;left:108px;white-space:nowrap">The Director has approved four schemes.</p>` +
		`<p style="position:absolute;top:34px;left:108px;white-space:nowrap">These are set out below.</p>` +
		`<p style="position:absolute;top:48px;left:108px;white-space:nowrap">Bradford – Canal Road Corridor</p>` +
		`<p style="position:absolute;top:92px;left:108px;white-space:nowrap">2.3&#160;&#160;&#160;A grant of up to £3.2 million has been approved to City of Bradford&#160;</p>` +
		`<p style="position:absolute;top:110px;left:108px;white-space:nowrap">Metropolitan District Council to remediate the former gasworks site.&#160;</p>` +
		`<p style="position:absolute;top:150px;left:108px;white-space:nowrap">Calderdale – Mulberry Street&#160;</p>` +
		`<p style="position:absolute;top:190px;left:108px;white-space:nowrap">2.4&#160;&#160;&#160;Calderdale Council will receive £1,740,000 for ground stabilisation and&#160;</p>` +
		`<p style="position:absolute;top:208px;left:108px;white-space:nowrap">the diversion of a culverted watercourse.&#160;</p>` +
		`</body></html>`
	r := parseHTML(t, page)
	if got := awardList(r); got != "City of Bradford Metropolitan District Council 3200000|Calderdale Council 1740000" {
		t.Errorf("awards %q", got)
	}
}

// TestGrantTypeColumnAndThingsWithMoney: a "Grant type" column is the
// kind of grant, not its amount; a card's "420 trees and £38,000" gives
// the money with the things.
func TestGrantTypeColumnAndThingsWithMoney(t *testing.T) {
	r := parseHTML(t, `<table><thead><tr><th>Recipient</th><th>Grant type</th><th>Cooperative agreement amount</th></tr></thead><tbody><tr><td>City of Port Harlan</td><td>Community-wide Assessment</td><td>$500,000</td></tr><tr><td>Tamarack County Land Bank Authority</td><td>Cleanup</td><td>$2,000,000</td></tr></tbody></table>`)
	if got := awardList(r); got != "City of Port Harlan 500000|Tamarack County Land Bank Authority 2000000" {
		t.Errorf("table awards %q", got)
	}
	r = parseHTML(t, `<h2>Who is getting what</h2><div class="tree-card"><h3>Kelsworth Borough Council</h3><p class="haul">420 trees and £38,000</p><p>Engineered tree pits on Market Street.</p></div>`)
	if got := awardList(r); got != "Kelsworth Borough Council 38000" {
		t.Errorf("card awards %q", got)
	}
}

// TestAnonymousInTheValley: "A SCOUT group in the Holme Valley ... after
// landing a grant of almost £5,000" is named by the sentence after.
func TestAnonymousInTheValley(t *testing.T) {
	r := parseHTML(t, `<p>A SCOUT group in the Holme Valley is getting its hands dirty after landing a grant of almost £5,000 to turn rough ground into a wildlife pond.</p><p>The 1st Holmbridge Scout Group received the money from the Pennine Vale Water Community Fund.</p>`)
	if got := awardList(r); got != "1st Holmbridge Scout Group 5000" {
		t.Errorf("awards %q", got)
	}
}

// TestLargestAwardOfTheRound: "The largest single award of the round, of
// almost £1.9m, goes to X" is X's award, not the round's total.
func TestLargestAwardOfTheRound(t *testing.T) {
	r := parseHTML(t, `<p>The largest single award of the round, of almost £1.9m, goes to the Tyne Uplands Wildlife Trust to restore hay meadows.</p>`)
	if got := awardList(r); got != "Tyne Uplands Wildlife Trust 1900000" || len(r.Rounds) != 0 {
		t.Errorf("awards %q rounds %q", got, roundList(r))
	}
	if !roundWorth("the second round, worth ") {
		t.Error("a round's worth")
	}
}

// TestNameDashPurposeDashFigure: "Kirkdale Men in Sheds – tools and
// safety equipment for a new workshop – £3,850": a name with no body
// word, what the money is for, then the figure.
func TestNameDashPurposeDashFigure(t *testing.T) {
	r := parseHTML(t, `<p>Bootle Baby Bank – nappies and winter packs for families – £4,500<br>Kirkdale Men in Sheds – tools and safety equipment for a new workshop – £3,850<br>Speke Youth Voice – youth-led consultation on improvements to Speke Park – £2,740</p>`)
	if got := awardList(r); got != "Bootle Baby Bank 4500|Kirkdale Men in Sheds 3850|Speke Youth Voice 2740" {
		t.Errorf("awards %q", got)
	}
}

// TestCardTextOpensWithBody: a card titled by its project, whose text
// opens with the body that will do the work, over "Award: £X".
func TestCardTextOpensWithBody(t *testing.T) {
	r := parseHTML(t, `<div class="card"><h3>Verges for pollinators</h3><p>Angus</p><p>Angus Council will change the cutting regime on 60 kilometres of rural road verges.</p><p>Award: £94,000</p></div><div class="card"><h3>Rewetting Kirkconnel Flow</h3><p>Dumfries and Galloway</p><p>Solway Wetlands Trust will block drains on 95 hectares of raised bog.</p><p>Award: £247,500</p></div>`)
	if got := awardList(r); got != "Angus Council 94000|Solway Wetlands Trust 247500" {
		t.Errorf("awards %q", got)
	}
}

// TestEveryCouncilShares: "Every council in Scotland is to receive a
// share of £23.5 million" is a batch for the whole group, not Scotland's
// award; "EVERY county councillor was given £10,000" names no group
// sharing a sum.
func TestEveryCouncilShares(t *testing.T) {
	r := parseHTML(t, `<p>Every council in Scotland is to receive a share of £23.5 million this year to breathe new life into town centres.</p>`)
	if len(r.Awards) != 0 || roundList(r) != "23500000/-" {
		t.Errorf("awards %q rounds %q", awardList(r), roundList(r))
	}
	r = parseHTML(t, `<p>EVERY Brackenshire county councillor was given £10,000 to hand out in their division.</p>`)
	if len(r.Rounds) != 0 {
		t.Errorf("rounds %q", roundList(r))
	}
}

// TestAvailableKindOfFunding: "A total of £34.5 million of capital
// funding is available this financial year" is the fund's limit.
func TestAvailableKindOfFunding(t *testing.T) {
	r := parseHTML(t, `<h1>Bus Priority Pathfinder Fund: guidance</h1><p>Published 14 May 2024</p><p>2.1 A total of £34.5 million of capital funding is available this financial year.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 34500000 || r.Limits[0].Period == nil || *r.Limits[0].Period != "2024/25" {
		t.Errorf("limits %+v", r.Limits)
	}
}

// TestSetAsideAYear: "agreed to set aside £1.5m a year for the Health
// Inequalities Fund" is the fund's budget, not a wage by the year.
func TestSetAsideAYear(t *testing.T) {
	r := parseHTML(t, `<p>Published 19 November 2030</p><p>The Board agreed to set aside £1.5m a year for the Health Inequalities Fund.</p><p>The coordinator is paid £31,000 a year.</p>`)
	if len(r.Limits) != 1 || r.Limits[0].Amount != 1500000 || len(r.Awards) != 0 {
		t.Errorf("limits %+v awards %q", r.Limits, awardList(r))
	}
}

// TestCopularProgramme: "Multiply is a £270 million programme running for
// three years" names the programme Multiply; a council that "is a" thing
// is no fund.
func TestCopularProgramme(t *testing.T) {
	r := parseHTML(t, `<p>Published 8 March 2027</p><p>Multiply is a £270 million programme running for three years, with £95 million available in 2027 to 2028.</p>`)
	if got := strings.Join(r.Funds, "|"); got != "Multiply" || len(r.Limits) != 2 || r.Limits[0].Fund != "Multiply" {
		t.Errorf("funds %q limits %+v", got, r.Limits)
	}
	if copularProgramme("Leeds City Council is a £2m scheme", "leeds city council is a £2m scheme") != "" || copularProgramme("Multiply is a new idea", "multiply is a new idea") != "" {
		t.Error("copularProgramme")
	}
}

// TestPersonDepartmentLabel: "Dr Tomás Herrera, Department of Geography:
// £498,500 to study ... in the Peruvian Andes": the researcher, not the
// place the study is in.
func TestPersonDepartmentLabel(t *testing.T) {
	r := parseHTML(t, `<ul><li>Dr Tomás Herrera, Department of Geography: £498,500 to study how farming communities share water in the Peruvian Andes.</li><li>Dr Rashid Karimov, School of Computing – £287,300 to develop low-cost sensors in the Fergana Valley.</li></ul>`)
	if got := awardList(r); got != "Tomás Herrera 498500|Rashid Karimov 287300" {
		t.Errorf("awards %q", got)
	}
}

// TestNameDashKindOfGrant: "TAMU HEALTH (Tanzania) - a pilot grant of
// $230,000 to test ..." names the grantee before a grant of a kind.
func TestNameDashKindOfGrant(t *testing.T) {
	r := parsePage(t, "New commitments\n\n* TAMU HEALTH (Tanzania) - a pilot grant of $230,000 to test whether pharmacists can screen for high blood pressure.\n* KILIMO DATA LTD (Tanzania) - a feasibility grant of $90,000 to test weather insurance.\n", Meta{ContentType: "text/plain"})
	if got := awardList(r); got != "TAMU HEALTH 230000|KILIMO DATA LTD 90000" {
		t.Errorf("awards %q", got)
	}
}

// TestRangeTopNoRound: "Its funding ranges from $50,000 for early pilots
// to $15 million for innovations ready to scale" is what one grant may
// be, no batch.
func TestRangeTopNoRound(t *testing.T) {
	r := parseHTML(t, `<p>The Global Innovation Fund has announced new commitments. Its funding ranges from $50,000 for early pilots to $15 million for innovations that are ready to scale across countries.</p>`)
	if len(r.Rounds) != 0 || len(r.Awards) != 0 {
		t.Errorf("rounds %q awards %q", roundList(r), awardList(r))
	}
}

// TestActIsNoRecipient: "Since the Great American Outdoors Act of 2020
// the fund has received $900 million a year" gives the Act nothing.
func TestActIsNoRecipient(t *testing.T) {
	r := parseHTML(t, `<p>Since the Great American Outdoors Act of 2020 the fund has received $900 million a year in permanent funding.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// TestAnonymousResearcherNamedNext: "A Redmarsh University researcher has
// been awarded £184,000" then "Dr Farah Iqbal, Associate Professor ...,
// is one of six researchers appointed" names the researcher.
func TestAnonymousResearcherNamedNext(t *testing.T) {
	r := parseHTML(t, `<p>A Redmarsh University researcher has been awarded £184,000 to investigate why so many degree apprentices leave their programmes.</p><p>Dr Farah Iqbal, Associate Professor in Work-Based Learning at Redmarsh Business School, is one of six researchers appointed to the third cohort of the fellowships.</p>`)
	if got := recipients(r); !strings.HasPrefix(got, "Farah Iqbal") {
		t.Errorf("recipients %q", got)
	}
	if !anonymous("A Tynebridge physicist whose work could make scanning cheaper") {
		t.Error("anonymous")
	}
}

// TestReadNextPromo: "READ NEXT: Knowle West food bank secures £12,000"
// in the body links to another story.
func TestReadNextPromo(t *testing.T) {
	r := parseHTML(t, `<article><p>The Hengrove Men’s Shed has been awarded £49,680 to fit out a workshop.</p><p>READ NEXT: Knowle West food bank secures £12,000 to keep going through winter</p></article>`)
	if got := awardList(r); got != "Hengrove Men’s Shed 49680" {
		t.Errorf("awards %q", got)
	}
}

// TestPotLabelEarliestCut: "Funding available for allocation in this
// round: $22,480.00" is the pot, cut at the first word that says when.
func TestPotLabelEarliestCut(t *testing.T) {
	if !potLabel("funding available for allocation in this round: ") || !potLabel("funding available in round 2: ") || potLabel("funding requested in this round: ") {
		t.Error("potLabel")
	}
}

// TestRoundNameIsNoRecipient: "allocated $86,240 in Waitematā Quick
// Response Round One" gives the round nothing as a grantee.
func TestRoundNameIsNoRecipient(t *testing.T) {
	r := parseHTML(t, `<p>The board allocated $86,240 in Waitematā Quick Response Round One 2030/2031 at its business meeting on 21 August.</p>`)
	if len(r.Awards) != 0 {
		t.Errorf("awards %q", awardList(r))
	}
}

// TestDashPurposeCueWords: "Garston Refugee Welcome – English
// conversation cafés and travel costs – £4,980": the purpose's words
// ("costs") say what the grant pays for, not what something costs.
func TestDashPurposeCueWords(t *testing.T) {
	r := parseHTML(t, `<p>Bootle Baby Bank – nappies and winter packs – £4,500<br>Garston Refugee Welcome – English conversation cafés and travel costs – £4,980<br>Riverside Hall Trust – total project cost – £88,000</p>`)
	if got := awardList(r); got != "Bootle Baby Bank 4500|Garston Refugee Welcome 4980" {
		t.Errorf("awards %q", got)
	}
}

// TestAwardsIncludedInRunningTotal: "Eleven awards totalling £167,000
// have been made to date, including £40,000 to X and £25,000 to Y": the
// running total is no award, the ones it includes are.
func TestAwardsIncludedInRunningTotal(t *testing.T) {
	r := parseHTML(t, `<p>Eleven awards totalling £167,000 have been made to date, including £40,000 to Wealdmoor Rugby Club for floodlighting and £25,000 to Hatchford Bowls Club for a new irrigation system.</p><p>Since 1995 the fund has invested over £96m in Borderlands sport.</p>`)
	if got := awardList(r); got != "Wealdmoor Rugby Club 40000|Hatchford Bowls Club 25000" {
		t.Errorf("awards %q", got)
	}
}

// TestYearThenSubject: "In 2029 it was awarded £640,000" opens with when,
// then the subject, which refers back to the body before.
func TestYearThenSubject(t *testing.T) {
	r := parseHTML(t, `<p>Wye Valley NHS Trust will get £5.2 million. It is the second time the trust has been successful with the fund: in 2029 it was awarded £640,000 to buy a mobile ultrasound unit.</p>`)
	if got := awardList(r); got != "Wye Valley NHS Trust 5200000|Wye Valley NHS Trust 640000" {
		t.Errorf("awards %q", got)
	}
}
