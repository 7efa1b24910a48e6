package quotes

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	p1 = "The committee met on Tuesday and adopted the report by a large majority, with few abstentions."
	p2 = "“We have done our work,” the chair said after the vote, thanking the members for their patience."
	// a paragraph of the site's other news, after the release
	p3 = "The Humanitarian Coordinator visited the region today and called for more aid to reach civilians."
)

var menu = strings.Repeat("Home\nNews\nPress releases\nAbout us\nContact\n", 2)

var layoutTests = []struct {
	name                       string
	text                       string
	body                       string // the body's text
	title, date, place, source string
}{
	{name: "plain text is all body", text: p1 + "\n" + p2, body: p1 + "\n" + p2},
	{name: "short text", text: "“Yes,” she said.", body: "“Yes,” she said."},
	{name: "headline on the first line", text: "Committee adopts report\n" + p1, body: "Committee adopts report\n" + p1, title: "Committee adopts report"},
	{name: "a quote before the paragraph is not a header", text: "“Yes,” she said.\n" + p1, body: "“Yes,” she said.\n" + p1},
	{name: "site title header", text: "Committee adopts report | News | European Parliament\n" + p1 + p2,
		body: p1 + p2, title: "Committee adopts report", source: "European Parliament"},
	{name: "symbol, date, headline, tags", text: "\n\nSG/SM/21982\n\n8 October 2023\n\nCommittee Adopts Report on Aid\n\n" + p1 + "\n" + p2 + "\n\nAfghanistan\n\n#CSW67\nEnvironmental issues and sustainable development\n",
		body: p1 + "\n" + p2, title: "Committee Adopts Report on Aid", date: "2023-10-08"},
	{name: "page: menu, body, footer news", text: "Committee adopts report | UN Press\n" + menu + "8 October 2023\n\n" + p1 + "\n\n" + p2 + "\n\nHighlights\nNew York, 19-26 September 2023\nDaily Noon Briefing\n6 October 2023\n" + p3 + "\n" + menu,
		body: p1 + "\n\n" + p2, title: "Committee adopts report", date: "2023-10-08", source: "UN Press"},
	{name: "page: headings and a closing line stay in the body", text: menu + p1 + "\nQuotes\n" + p2 + "\nNext steps\n" + p1 + "\nThank you.\nShare this page:\nFacebook\nTwitter\nLinkedIn\nWhatsApp\n",
		body: p1 + "\nQuotes\n" + p2 + "\nNext steps\n" + p1 + "\nThank you."},
	{name: "page: a signature under the quotation that ends the text stays in the body", text: menu + p1 + "\n“I have snorkelled over that meadow every summer since I was a girl.”\n– Dara, volunteer surveyor\nTake action\nRespond to the consultation\nJoin our team\nRelated news\n",
		body: p1 + "\n“I have snorkelled over that meadow every summer since I was a girl.”\n– Dara, volunteer surveyor"},
	{name: "page: a quoted headline over its deck starts the body", text: menu + "“We let our customers down,” says Zentrix CEO\nFull service restored after a long outage on Tuesday\n" + p1 + "\n" + p2 + "\n" + menu,
		body: "“We let our customers down,” says Zentrix CEO\nFull service restored after a long outage on Tuesday\n" + p1 + "\n" + p2, title: "Full service restored after a long outage on Tuesday"},
	{name: "page: a skip link over the site's name, a posted date with tags", text: "Skip to content\nTarn & Moor Wildlife Trust\n" + menu + "Committee adopts report on aid\nPosted 20 November 2026 | Conservation, Mammals\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Committee adopts report on aid", date: "2026-11-20", source: "Tarn & Moor Wildlife Trust"},
	{name: "page: a posted date with a colon, a category and the writing unit", text: "Skip to content\nKelvo Police Force\n" + menu + "Nine charged after joint operation\nPosted on: November 4, 2025 | Category: Press Releases | Corporate Communications Unit\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Nine charged after joint operation", date: "2025-11-04", source: "Kelvo Police Force"},
	{name: "page: the site and its news desk in bars over the headline", text: "Kelvo University | News and media\n\nCommittee adopts report on aid\n\nResearch | 22 July 2025\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Committee adopts report on aid", date: "2025-07-22", source: "Kelvo University"},
	{name: "page: a skip link's site, then menus in bars", text: "Skip to content\nKelvale College\nAdmission & Aid | Academics | Student Life | Give\nSearch | Quick Links | Directory\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, source: "Kelvale College"},
	{name: "page: languages and an accessible version's link set apart by spaces, a menu, a two-part breadcrumb", text: "Kelvo Ministry of Water Management\nSuomi | Русский | English          Version for the visually impaired\n" + menu + "Press Service > News\n\nCommittee adopts report on aid\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Committee adopts report on aid", source: "Kelvo Ministry of Water Management"},
	{name: "a wire's release with highlights, a day with its time, and a table of figures between paragraphs", text: "Kelvo Bank Plc Reports Growth in Half-Year Profit, Unveils Fund for Traders\n\n- Gross earnings up 29.8%\n- Ratio improves to 3.1%\n- Board approves dividend\n\nNEWS PROVIDED BY\nKelvo Bank Plc\n29 Jul, 2025, 08:00 WAT\n\n" + p1 + "\n\n" + p2 + "\n\nFINANCIAL HIGHLIGHTS (N'billion)      H1 2025     H1 2024     Change\nGross earnings                         612.4       471.9      +29.8%\nNet interest income                    301.6       219.3      +37.5%\nOperating expenses                     158.2       131.0      +20.8%\nProfit before tax                      188.7       144.0      +31.0%\nTotal assets                         9,842.5     7,915.8      +24.3%\nCustomer deposits                    7,106.9     6,022.8      +18.0%\n\n" + p1 + " " + p1 + " " + p1 + "\n\n" + p2,
		body:  p1 + "\n\n" + p2 + "\n\nFINANCIAL HIGHLIGHTS (N'billion)      H1 2025     H1 2024     Change\nGross earnings                         612.4       471.9      +29.8%\nNet interest income                    301.6       219.3      +37.5%\nOperating expenses                     158.2       131.0      +20.8%\nProfit before tax                      188.7       144.0      +31.0%\nTotal assets                         9,842.5     7,915.8      +24.3%\nCustomer deposits                    7,106.9     6,022.8      +18.0%\n\n" + p1 + " " + p1 + " " + p1 + "\n\n" + p2,
		title: "Kelvo Bank Plc Reports Growth in Half-Year Profit, Unveils Fund for Traders", date: "2025-07-29", source: "Kelvo Bank Plc"},
	{name: "page: a government's name over its department's", text: "Kelvo Provincial Government\nDepartment of Transport and Community Safety\n\nHome | About Us | Services | Road Safety | Media Room | Contact Us\n\nRoad safety blitz launched\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Road safety blitz launched", source: "Department of Transport and Community Safety"},
	{name: "page: skip links in two languages, then the site's name with its acronym", text: "Ir al contenido | Skip to content\nKWC - Kelby Water Commission\n" + menu + "Committee adopts report on aid\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Committee adopts report on aid", source: "Kelby Water Commission"},
	{name: "the issuer on an 'Issued by' line in the footer", text: "MEDIA STATEMENT\n\nCOMMITTEE ADOPTS REPORT\n\n" + p1 + "\n" + p2 + "\n\nIssued by: Office of the Premier, Kelby Province\nEnquiries: Dara Quill, 000 000 0000\n",
		body: "MEDIA STATEMENT\n\nCOMMITTEE ADOPTS REPORT\n\n" + p1 + "\n" + p2 + "\n\nIssued by: Office of the Premier, Kelby Province\nEnquiries: Dara Quill, 000 000 0000", title: "COMMITTEE ADOPTS REPORT", source: "Office of the Premier, Kelby Province"},
	{name: "an office's letterhead over its county, named as running text names it", text: "OFFICE OF THE SHERIFF\nKELBY COUNTY, OHIO\n\nFOR IMMEDIATE RELEASE\nJune 2, 2026\n\nDEPUTIES OPEN A NEW STATION\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "DEPUTIES OPEN A NEW STATION", date: "2026-06-02", source: "Kelby County Sheriff's Office"},
	{name: "a national body's letterhead over its branch's line: the branch's", text: "NATIONAL POLICE FORCE\nKELVO STATE POLICE COMMAND\nPUBLIC RELATIONS DEPARTMENT\n\nPRESS RELEASE\n\nPOLICE RESCUE SIX TRAVELLERS\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "POLICE RESCUE SIX TRAVELLERS", source: "KELVO STATE POLICE COMMAND"},
	{name: "a letterhead in capitals naming a ministry", text: "MINISTRY OF HEALTH\nREPUBLIC OF KELVANIA\n\nPRESS RELEASE\n\nFor Immediate Release\nKelvale, 26th November, 2026\n\nGOVERNMENT ROLLS OUT FREE SCREENING\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "GOVERNMENT ROLLS OUT FREE SCREENING", date: "2026-11-26", place: "Kelvale", source: "MINISTRY OF HEALTH"},
	{name: "a letterhead in capitals: a place, then a department of the state", text: "KELVALE STATE DEPARTMENT OF ROADS\nOffice of the Secretary\n\nNEWS RELEASE\nNovember 23, 2026\n\nROADS AGENCY OPENS BRIDGE\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "ROADS AGENCY OPENS BRIDGE", date: "2026-11-23", source: "KELVALE STATE DEPARTMENT OF ROADS"},
	{name: "a local government's letterhead over its units in bars", text: "KELVALE COUNTY\nBoard of Supervisors | Office of Emergency Services\n\nNEWS RELEASE\nFor Immediate Release: July 8, 2026\n\nKelvale County adopts evacuation plan\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Kelvale County adopts evacuation plan", date: "2026-07-08", source: "KELVALE COUNTY"},
	{name: "an address between bars names no site", text: "Press Office | 14 Rue des Ambassades | Port Kelvo\n\nKelvo and Ruritania sign a trade accord\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Kelvo and Ruritania sign a trade accord"},
	{name: "a release's label and a dated day of the week between bars name no site", text: "City of Kelvo - Office of the Mayor\nMedia release | Wednesday 2 December 2026\n\nKelvo adopts a night plan\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Kelvo adopts a night plan", date: "2026-12-02"},
	{name: "a release's label, a site and a date between bars", text: "Kelvo bees sleep less, study finds\n\nNews release | University of Kelvo | May 14, 2025\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Kelvo bees sleep less, study finds", date: "2025-05-14", source: "University of Kelvo"},
	{name: "a release's label before a body's name and a dash", text: "‘Shade is roads,’ Mayor says as Kelvo plants trees\n\nMedia release – Kelvo City Council\nTuesday 1 December 2026\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "‘Shade is roads,’ Mayor says as Kelvo plants trees", date: "2026-12-01", source: "Kelvo City Council"},
	{name: "a release's label, a place and a date between bars", text: "Kelvo Health Organization (KHO)\nNEWS RELEASE | KELVO HILLS | 5 May 2026\n\nMinisters agree a malaria plan\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Ministers agree a malaria plan", date: "2026-05-05", source: "Kelvo Health Organization (KHO)"},
	{name: "a roster at the end stays in the body, the end marks and footer do not", text: "PRESS RELEASE\n2 March 2027\n\nKelvo opens a land register\n\n" + p1 + "\n" + p2 + "\nPRESENT AT THE LAUNCH\nMr. Tom Vale — President, Kelvo Surveyors' Institute\n\n-ENDS-\n\nIssued by: Press Unit",
		body: p1 + "\n" + p2 + "\nPRESENT AT THE LAUNCH\nMr. Tom Vale — President, Kelvo Surveyors' Institute", title: "Kelvo opens a land register", date: "2027-03-02", source: "Press Unit"},
	{name: "a letterhead in capitals of a name that ends in International", text: "KELVO INTERNATIONAL\nPress release | Emergencies\n\nKelvo scales up its response\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Kelvo scales up its response", source: "KELVO INTERNATIONAL"},
	{name: "a first line in capitals of words that is the headline is no source", text: "University of Kelvale Names New Dean of Medicine\n\n" + p1 + "\n" + p2,
		body: "University of Kelvale Names New Dean of Medicine\n\n" + p1 + "\n" + p2, title: "University of Kelvale Names New Dean of Medicine"},
	{name: "breadcrumbs, then an office's name, a motto and the title", text: "Home > News > Press Releases\nKelvale County Sheriff's Office\n\"Serving since 1850\"\n\nPRESS RELEASE\n\nDeputies arrest eight in theft ring\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Deputies arrest eight in theft ring", source: "Kelvale County Sheriff's Office"},
	{name: "a government's site before its section of statements", text: "Kelvo Government | Ministerial Media Statements\nJoint Statement\n\nMinister opens the fund\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Minister opens the fund", source: "Kelvo Government"},
	{name: "a plural's office over a release line with its date", text: "Kelvo Coastal District Prosecutors' Office\nPress Release | For Immediate Release | 11 March 2025\n\nTwenty indicted in fraud ring\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Twenty indicted in fraud ring", date: "2025-03-11", source: "Kelvo Coastal District Prosecutors' Office"},
	{name: "a quoted headline above a posted date opens the body", text: "Home > News > Press releases\n\nCharity warns of \"coldest winter in a decade\" for older people\n\nPosted on 18 November 2026\n\n" + p1 + "\n" + p2,
		body: "Charity warns of \"coldest winter in a decade\" for older people\n\nPosted on 18 November 2026\n\n" + p1 + "\n" + p2, title: "Charity warns of \"coldest winter in a decade\" for older people", date: "2026-11-18"},
	{name: "an address line is no title and site; the body named alone on the first line is the source", text: "Kelvale County Department of Health\n1400 Courthouse Square, Suite 200 | Harlan Falls, Ohio 45202\n\nCounty confirms three measles cases\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "County confirms three measles cases", source: "Kelvale County Department of Health"},
	{name: "a letterhead's office and post-bag line is no title and site; the ministry under the state's banner is", text: "REPUBLIC OF KELVANIA\nMINISTRY OF HEALTH\nOffice of the Minister | Private Bag 9, Kelvo\n\nClinics to open in forty towns\n\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Clinics to open in forty towns", source: "MINISTRY OF HEALTH"},
	{name: "page: date and time line", text: menu + "Committee adopts report on aid \nPress Releases\nPlenary session\n05-10-2023 - 12:53\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2023-10-05"},
	{name: "page: key lines", text: menu + "Press release\nCommittee adopts report on aid\n- Date:\n- Place:\n- VIENNA\n- Source:\n- Forum for Security Co-operation\nVIENNA, 17 October 2018 – " + p1,
		body: "VIENNA, 17 October 2018 – " + p1, title: "Committee adopts report on aid", date: "2018-10-17", place: "Vienna", source: "Forum for Security Co-operation"},
	{name: "page: a title line with its site after a dash, over a language switch", text: "Eleven Charged in Scheme That Diverted Pensions - Kelvo Prosecutor's Office for Pension Fraud\nEspañol | English\n" + menu + p1,
		body: p1, title: "Eleven Charged in Scheme That Diverted Pensions", source: "Kelvo Prosecutor's Office for Pension Fraud"},
	{name: "page: a menu of languages by their three letters names no title or site", text: "EST | ENG | SWE\n" + menu + "Committee adopts report on aid\n" + p1,
		body: p1, title: "Committee adopts report on aid"},
	{name: "page: a cookie banner's bar names no site", text: "This site uses cookies to support essential functions. Learn more | Got it\n" + menu + "Committee adopts report on aid\n" + p1,
		body: p1, title: "Committee adopts report on aid"},
	{name: "page: a cookie banner's buttons in another language name no title or site", text: "Diese Website verwendet Cookies. This website uses cookies.\nAlle akzeptieren | Nur notwendige | Einstellungen\n" + menu + "Committee adopts report on aid\n" + p1,
		body: p1, title: "Committee adopts report on aid"},
	{name: "page: an accessibility bar names no title or site; a city's official website over it does", text: "Skip to main content\nKelvo City Official Website\nForeign Language | Text Size: Standard Large | Color Contrast\n" + menu + "Committee adopts report on aid\n" + p1,
		body: p1, title: "Committee adopts report on aid", source: "Kelvo City"},
	{name: "page: a key takes one value", text: menu + "Language:\nEnglish\n8 October 2023\nCommittee adopts report on aid\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2023-10-08"},
	{name: "a letterhead in capitals above code lines with bars", text: "KELVALE MUTUAL HOLDINGS LIMITED\n(Incorporated in the Republic of Ruritania)\nJSE share code: KMH | A2X share code: KMH\n\nINTERIM RESULTS FOR THE SIX MONTHS\n\n" + p1,
		body: p1, title: "INTERIM RESULTS FOR THE SIX MONTHS", source: "KELVALE MUTUAL HOLDINGS LIMITED"},
	{name: "a site's menu bar, a date bar and a share bar in the header", text: "Skip to main content\nKelvale University | Study | Research | Engage | About | Newsroom | Give\nSearch\nHome > Newsroom > Science\n\nGiant kelp grows back on the east coast after a trial\n\nPublished 3 November 2026 | 5 minute read\nShare: Facebook | LinkedIn | Email\n\n" + p1,
		body: p1, title: "Giant kelp grows back on the east coast after a trial", date: "2026-11-03", source: "Kelvale University"},
	{name: "an office's letterhead in capitals", text: "OFFICE OF THE ATTORNEY GENERAL\nSTATE OF RURITANIA\n\nNEWS RELEASE\nNovember 18, 2026\n\n" + p1,
		body: p1, title: "OFFICE OF THE ATTORNEY GENERAL", date: "2026-11-18", source: "OFFICE OF THE ATTORNEY GENERAL"},
	{name: "a section's breadcrumb under the body's name, a published date", text: "Kelvale University of Marine Sciences\nNews | Faculty of Oceanography\n\nCommittee adopts report on aid\n\nPublished 16 November 2026\n\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2026-11-16", source: "Kelvale University of Marine Sciences"},
	{name: "a section's breadcrumb naming the site, a date with a byline", text: "News | University of the Kelvale North\n\nCommittee adopts report on aid\n\nNovember 23, 2026 | By Communications and Marketing\n\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2026-11-23", source: "University of the Kelvale North"},
	{name: "the site's name before its section, a date with a reading time", text: "Kelvale Robotics | Newsroom\nSkip to main content\nHome > Newsroom > Company News\n\nKelvale Robotics announces a new plant\nNovember 26, 2026 · 5 min read\nShare: Facebook | X | LinkedIn\n\n" + p1,
		body: p1, title: "Kelvale Robotics announces a new plant", date: "2026-11-26", source: "Kelvale Robotics"},
	{name: "a charity's registration after its name in capitals", text: "KELVALE ANIMAL RESCUE -- Registered Charity No. SC012345\nAdopt | Donate | Volunteer | News | Contact\n\nNEWS | 1 December 2026\n\nCommittee adopts report on aid\n\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2026-12-01", source: "KELVALE ANIMAL RESCUE"},
	{name: "a letterhead in capitals ending in a body's head", text: "THE KELVALE FORUM\nIndependent research on public policy\n\nNEWS | 14 January 2026\n\nCommittee adopts report on aid\n\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2026-01-14", source: "THE KELVALE FORUM"},
	{name: "a skip link, a menu, the site's name; metadata lines with labels", text: "Skip to main content\nHome | Statistics | Publications | About us | Contact\n\nKelvale Statistical Agency\nOfficial Statistics Release\n\nLabour Market Trends, Kelvale: July to September 2026\n\nPublished: 12 November 2026, 09:30\nStatistician group: Labour Market Statistics\n\n" + p1,
		body: p1, title: "Labour Market Trends, Kelvale: July to September 2026", date: "2026-11-12", source: "Kelvale Statistical Agency"},
	{name: "an acronym and the body's name on the first line", text: "KUNT -- Kelvale University of Northern Tromsø\nStudies | Research | News | Library\n\nNews\n\nA prize for patience goes to an ice physicist\n\nPublished 4 March 2027 | Faculty of Science\n\n" + p1,
		body: p1, title: "A prize for patience goes to an ice physicist", date: "2027-03-04", source: "Kelvale University of Northern Tromsø"},
	{name: "page: a list under a heading inside the release is no gap", text: menu + "Committee adopts report on aid\nPosted on November 18, 2026\n" + p1 + "\n" + p2 + "\nBy the numbers\n• 11 branches and 2 bookmobiles\n• 61,000 active cardholders\n• 18% of cardholders blocked\n• 23 stops on the new route\n" + p1 + "\n" + p2 + "\n" + p1 + "\n" + menu,
		body: p1 + "\n" + p2 + "\nBy the numbers\n• 11 branches and 2 bookmobiles\n• 61,000 active cardholders\n• 18% of cardholders blocked\n• 23 stops on the new route\n" + p1 + "\n" + p2 + "\n" + p1, title: "Committee adopts report on aid", date: "2026-11-18"},
	{name: "page: a skip link over a local government's name", text: "Skip to main content\nCity of Kelvo\nSearch\nResidents\nBusiness\nCommittee adopts report on aid\n" + p1 + "\n" + p2,
		body: p1 + "\n" + p2, title: "Committee adopts report on aid", source: "City of Kelvo"},
	{name: "masthead, a section's breadcrumb, headline, byline with no bar", text: "Kelvale University News\nResearch | Agriculture & Environment\n\nCommittee adopts report on aid\n\nBy Dara Quill, University Communications\nMarch 2, 2026\n\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2026-03-02", source: "Kelvale University"},
	{name: "a government page's publisher line and dates over the title", text: "From: Department of Kelvo Housing\nPublished on 28 January 2026\nLast updated on 28 January 2026\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2,
		body: "From: Department of Kelvo Housing\nPublished on 28 January 2026\nLast updated on 28 January 2026\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2, title: "Committee adopts report on aid", source: "Department of Kelvo Housing"},
	{name: "a government page's publisher line naming a department by its fields and its country", text: "From: Coastal Waters, Ports and Harbours Canada\nPublished on 28 January 2026\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2,
		body: "From: Coastal Waters, Ports and Harbours Canada\nPublished on 28 January 2026\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2, title: "Committee adopts report on aid", source: "Coastal Waters, Ports and Harbours Canada"},
	{name: "metadata lines under the headline: published, last modified, author", text: "Home > Press releases > 2025\n\nCommittee adopts report on aid\n\nPublished: 17.06.2025, 12:40\nLast modified: 17.06.2025, 14:05\nAuthor: Press Office\n\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2025-06-17"},
	{name: "masthead, headline, byline", text: "Kelvale University News\n\nCommittee adopts report on aid\n\nBy Staff Writer | October 6, 2026\n\n" + p1,
		body: p1, title: "Committee adopts report on aid", date: "2026-10-06", source: "Kelvale University"},
	{name: "meetings coverage: a quoted headline, a blank line and its deck start the body", text: "Security Council\n10,021st Meeting (AM)\nSC/16204\n21 October 2025\n\nMeetings Coverage\n\nTalks Cannot Carry ‘Every Issue’ Alone, Envoy Tells Council\n\nSpeakers Divided over Briefings on Kelvo\n\n" + p1 + "\n\n" + p2,
		body: "Talks Cannot Carry ‘Every Issue’ Alone, Envoy Tells Council\n\nSpeakers Divided over Briefings on Kelvo\n\n" + p1 + "\n\n" + p2, title: "Speakers Divided over Briefings on Kelvo", date: "2025-10-21", source: "Security Council"},
	{name: "page: a skip link over a body named with 'of', a menu, a search box, breadcrumbs, a posted-by line with bars", text: "Skip to content\nAssembly of Kelvo\nHome | About the Assembly | Members | Committees | Contact\nSearch ...\nYou are here: Home > News > Committee adopts report on aid\n\nCommittee adopts report on aid\nPosted by Public Relations Department | 24 July 2025 | Press Releases\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2025-07-24", source: "Assembly of Kelvo"},
	{name: "a briefing's title over its body's seat and a date", text: "Daily Press Briefing by the Office of the Spokesperson\nUnited Nations, New York\n28 August 2025\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Daily Press Briefing by the Office of the Spokesperson", date: "2025-08-28", place: "New York", source: "United Nations"},
	{name: "a letterhead in capitals over a press office, a release's label, a contact line, then the headline; a dateline in title case", text: "KELVO FINANCE GUARD\nPress Office\n\nFOR IMMEDIATE RELEASE\nContact: Press Office, (555) 410-2200\n\nCommittee adopts report on aid\n\nGeneva, 18 February 2025 – " + p1 + "\n" + p2,
		body: "KELVO FINANCE GUARD\nPress Office\n\nFOR IMMEDIATE RELEASE\nContact: Press Office, (555) 410-2200\n\nCommittee adopts report on aid\n\nGeneva, 18 February 2025 – " + p1 + "\n" + p2, title: "Committee adopts report on aid", date: "2025-02-18", place: "Geneva", source: "KELVO FINANCE GUARD"},
	{name: "page: a place and a date with a tag after a bar name no site", text: "Ministry of Kelvo Waters\n" + menu + "Committee adopts report on aid\nRivertown, 3 March 2025 | Maritime transport\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2025-03-03", source: "Ministry of Kelvo Waters"},
	{name: "page: a cookie banner is no running text; a quoted deck over a date and share links starts the body", text: "Committee adopts report on aid | Kelvale City Council\n\nThis website uses cookies to give you the best experience. Find out more in our privacy statement.\nOK, got it\n\n" + menu +
		"Committee adopts report on aid\n\nChair says the report will “open the books”\n\nPublished: 14 August 2026\n\nShare this page\nFacebook\nX\nEmail\n\n" + p1 + "\n\n" + p2,
		body: "Chair says the report will “open the books”\n\nPublished: 14 August 2026\n\nShare this page\nFacebook\nX\nEmail\n\n" + p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2026-08-14", source: "Kelvale City Council"},
	{name: "a label, the headline, a date with the press office, then the page's tools", text: "PRESS RELEASE\nCommittee adopts report on aid\nKelvo, 27 January 2025 | Press Office\n\nPrint | Share | A- A+\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2025-01-27"},
	{name: "the page's tools with the text's size in three letters", text: "PRESS RELEASE\nCommittee adopts report on aid\nKelvo, 27 January 2025 | Press Office\n\nPrint this page | Text size A A A\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2025-01-27"},
	{name: "a letterhead with the release's label after a dash", text: "NORTH KELVO POLICE – NEWS RELEASE\nFor immediate release\n\nCommittee adopts report on aid\n\n" + p1 + "\n" + p2,
		body: "NORTH KELVO POLICE – NEWS RELEASE\nFor immediate release\n\nCommittee adopts report on aid\n\n" + p1 + "\n" + p2, title: "Committee adopts report on aid", source: "NORTH KELVO POLICE"},
	{name: "page: a state's post under a skip link names the site; a date with the release's label and a share line are no title", text: "Skip to main content\nVermont Secretary of State\nJane Roe\nMenu\nAbout the Office\nElections\nNews\nContact\nSearch\n\nHome » News » Press Releases\n\n" +
		"Secretary Roe certifies the results of the county elections\n\nMay 6, 2025 | Press Release\n\nShare: Facebook  X  Email  Print\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Secretary Roe certifies the results of the county elections", date: "2025-05-06", source: "Vermont Secretary of State"},
	{name: "page: a letterhead in capitals under a skip link, a contact line and social links names the site", text: "Skip to content\nCall us: +254 (0) 20 555 0101 | info@kelvo.example\nFacebook  X  YouTube\nCOUNTY GOVERNMENT OF KELVO\nHome\nThe County\nDepartments\nNews & Events\nContact Us\n\n" +
		"Kelvo County opens new water points\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Kelvo County opens new water points", source: "COUNTY GOVERNMENT OF KELVO"},
	{name: "a department's letterhead over its office and the office's district names the office of the district", text: "Department of Justice\nU.S. Attorney's Office\nNorthern District of Kelvo\n\nFOR IMMEDIATE RELEASE\nTuesday, September 23, 2025\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2025-09-23", source: "U.S. Attorney's Office, Northern District of Kelvo"},
	{name: "page: a letterhead in capitals under a skip link, a cookie banner and its button names the site, not the office an Issued by line names", text: "Skip to main content\nThis website uses cookies to improve your experience. Read more\nOK, got it\n\nUNIVERSITY OF KELVO\nApply Now | Student Portal | Staff | Alumni | Give | Contact\nHome\nAbout\nResearch\n\n" +
		"Committee adopts report on aid\n\nMEDIA STATEMENT\nIssued by: Office of the Vice-Chancellor\nDate: 3 March 2025\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2025-03-03", source: "UNIVERSITY OF KELVO"},
	{name: "a portal's name, the release's label, the headline, a From line and a date, a dash and the place", text: "Government of Kelvania\n\nNews release\n\nCommittee adopts report on aid\n\nFrom: Kelvo Infrastructure Agency\n\nJuly 8, 2025 — Port Kelvo, Nova Scotia\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2025-07-08", place: "Port Kelvo, Nova Scotia", source: "Kelvo Infrastructure Agency"},
	{name: "a post's office in title case over its district and the release's label names the office of the district", text: "U.S. Attorney’s Office\nWestern District of Kelvo\n\nFOR IMMEDIATE RELEASE\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2,
		body: "U.S. Attorney’s Office\nWestern District of Kelvo\n\nFOR IMMEDIATE RELEASE\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2, title: "Committee adopts report on aid", source: "U.S. Attorney’s Office, Western District of Kelvo"},
	{name: "a body's name in title case over the release's label is its letterhead", text: "Kelvo Wildlife Trust\n\nMedia release\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2,
		body: "Kelvo Wildlife Trust\n\nMedia release\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2, title: "Committee adopts report on aid", source: "Kelvo Wildlife Trust"},
	{name: "a headline in title case over the release's label, running text under it, is no letterhead", text: "Kelvo University Launches Climate Institute\n\nFOR IMMEDIATE RELEASE\n\n" + p1 + "\n\n" + p2,
		body: "Kelvo University Launches Climate Institute\n\nFOR IMMEDIATE RELEASE\n\n" + p1 + "\n\n" + p2},
	{name: "a topic's line under a post's office is no district", text: "Mayor’s Office\nDistrict Heating Update\n\nFOR IMMEDIATE RELEASE\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2,
		body: "Mayor’s Office\nDistrict Heating Update\n\nFOR IMMEDIATE RELEASE\n\nCommittee adopts report on aid\n\n" + p1 + "\n\n" + p2, title: "Committee adopts report on aid", source: "Mayor’s Office"},
	{name: "page: a post's office under the release's label names the issuer, no title", text: "Skip to main content\nU.S. Attorney's Office\n" + menu + "PRESS RELEASE\n\nCommittee adopts report on aid\n\nTuesday, May 20, 2025\n\nFor Immediate Release\nU.S. Attorney's Office, Western District of Kelvo\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Committee adopts report on aid", date: "2025-05-20", source: "U.S. Attorney's Office, Western District of Kelvo"},
	{name: "page: a headline after a post's office's name under the release's label is the title", text: "Skip to main content\nCity of Kelvo\n" + menu + "Tuesday, May 20, 2025\n\nFor Immediate Release\nMayor's Office, Kelvo Library Open Cooling Centers\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Mayor's Office, Kelvo Library Open Cooling Centers", date: "2025-05-20", source: "City of Kelvo"},
	{name: "page: a contact line in bars under a skip link is no title or site; the body's name under it is the site", text: "Skip to content\nToll Free: 0800 555 719 | Email: info@kelvo.example | Complaints & Feedback\nKelvo Ministry of Water\nHome\nAbout Us\nNews\nContact Us\n\n" +
		"Kelvo County opens new water points\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Kelvo County opens new water points", source: "Kelvo Ministry of Water"},
	{name: "an exchange's announcement: the headline, the company's name and notes, then the text", text: "Kelvo Lithium Signs Offtake; CEO Jane Roe Says Refinery \"On Track for 2027\"\n\nKelvo Lithium Limited\n(Incorporated in the Republic of Kelvania)\n(Registration number 2016/448213/06)\nJSE share code: KLV\nISIN: ZAE000000001\n(\"Kelvo\" or \"the Company\")\n\n" + p1 + "\n\n" + p2,
		body:  "Kelvo Lithium Signs Offtake; CEO Jane Roe Says Refinery \"On Track for 2027\"\n\nKelvo Lithium Limited\n(Incorporated in the Republic of Kelvania)\n(Registration number 2016/448213/06)\nJSE share code: KLV\nISIN: ZAE000000001\n(\"Kelvo\" or \"the Company\")\n\n" + p1 + "\n\n" + p2,
		title: "Kelvo Lithium Signs Offtake; CEO Jane Roe Says Refinery \"On Track for 2027\"", source: "Kelvo Lithium Limited"},
	{name: "page: a line of hotlines in bars under the letterhead is no title or site", text: "Kelvo Police Service\n\nEmergency 999 | Police Hotline 555 | Crime Stoppers 800-TIPS\n\nHome\nNews\nMedia Releases\nAbout\nContact\n\n" +
		"Fraud Squad arrests six in car scam\n\n" + p1 + "\n\n" + p2,
		body: p1 + "\n\n" + p2, title: "Fraud Squad arrests six in car scam", source: "Kelvo Police Service"},
}

func TestDetectLayout(t *testing.T) {
	for _, tt := range layoutTests {
		t.Run(tt.name, func(t *testing.T) {
			lay := detectLayout(tt.text)
			require.True(t, lay.body.Valid(len(tt.text)))
			assert.Equal(t, tt.body, lay.body.In(tt.text))
			assert.Equal(t, tt.title, lay.title, "title")
			assert.Equal(t, tt.date, lay.date, "date")
			assert.Equal(t, tt.place, lay.place, "place")
			assert.Equal(t, tt.source, lay.source, "source")
		})
	}
}

func TestDetectLayoutSeed(t *testing.T) {
	b, err := os.ReadFile("../testdata/osce_fsc_2018-10-17.txt")
	require.NoError(t, err)
	text := string(b)
	lay := detectLayout(text)
	body := lay.body.In(text)
	assert.True(t, strings.HasPrefix(body, "VIENNA, 17 October 2018 – Greater international co-operation"))
	assert.True(t, strings.HasSuffix(body, "by non-state actors."))
	assert.Equal(t, "More international co-operation needed to counter proliferation of weapons of mass destruction, say speakers at OSCE Forum for Security Co-operation", lay.title)
	assert.Equal(t, "2018-10-17", lay.date)
	assert.Equal(t, "Vienna", lay.place)
	assert.Equal(t, "Forum for Security Co-operation", lay.source)
}

func TestIntroPlace(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Following are UN Secretary-General António Guterres’ remarks to the Women’s Civil Society Town Hall, in New York today:We are meeting", "New York"},
		{"Following are UN Deputy Secretary-General Amina Mohammed’s remarks at the closing plenary, in Doha today:", "Doha"},
		{"Following is UN Secretary-General António Guterres’ message for the International Day for the Eradication of Poverty, observed on 17 October:", ""},
		{"The following statement was issued today by the Spokesman for UN Secretary-General António Guterres:", ""},
		{"He spoke, in New York today: yes.", ""},
	} {
		t.Run(tt.in[:20], func(t *testing.T) { assert.Equal(t, tt.want, introPlace(tt.in)) })
	}
}

func TestEndsSentence(t *testing.T) {
	for _, s := range []string{"Done.", "said: “Yes.”", "Why?", "Key:", "(as agreed.)", "Thank you.  "} {
		assert.True(t, endsSentence(s), s)
	}
	for _, s := range []string{"Headline", "Full support “for legitimate interim president Juan Guaidó”", "Phone number: (+32) 2 28 31834 (BXL)", ""} {
		assert.False(t, endsSentence(s), s)
	}
}

func TestSiteTitle(t *testing.T) {
	for _, tt := range []struct{ in, title, site string }{
		{"Nagorno-Karabakh: MEPs demand review | News | European Parliament", "Nagorno-Karabakh: MEPs demand review", "European Parliament"},
		{"Secretary-General Deeply Saddened | UN Press", "Secretary-General Deeply Saddened", "UN Press"},
		{"Kelvo Watch | Shoreline survey finds pellets on every beach", "Shoreline survey finds pellets on every beach", "Kelvo Watch"},
		{"Kelvale University | News & Events | Research", "Kelvale University", "Kelvale University"},
		{"Kelvo wins award | News | Research", "Kelvo wins award", "Research"},
		{"Kelvo City Police | Official Website", "Kelvo City Police", "Kelvo City Police"},
		{"Kelvo University | Communications and Marketing", "Kelvo University", "Kelvo University"},
		{"Police arrest seven | Official Website", "Police arrest seven", "Official Website"},
		{"No bar here", "No bar here", ""},
		{"| leading bar", "| leading bar", ""},
	} {
		t.Run(tt.in, func(t *testing.T) {
			title, site := siteTitle(tt.in)
			assert.Equal(t, tt.title, title)
			assert.Equal(t, tt.site, site)
		})
	}
}

func TestDashTitle(t *testing.T) {
	for _, tt := range []struct{ in, title, site string }{
		{"Nine Charged in Fraud Scheme - Kelvo Revenue Agency", "Nine Charged in Fraud Scheme", "Kelvo Revenue Agency"},
		// the portal or the country that hosts the body's page names no
		// issuer: the body before it does
		{"Dry polder completed a year early - Ministry of Flood Defence - Republic of Kelvania Portal", "Dry polder completed a year early", "Ministry of Flood Defence"},
		{"Coast plan approved for the north - Ministry of Coastal Cohesion - Portugal", "Coast plan approved for the north", "Ministry of Coastal Cohesion"},
	} {
		title, site := dashTitle(tt.in)
		assert.Equal(t, tt.title, title, tt.in)
		assert.Equal(t, tt.site, site, tt.in)
	}
}

func TestSiteName(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"News release | Kelvale University | May 14, 2025", "Kelvale University"},
		{"Admin | July 30, 2024", ""},
		{"Headline | UN Press", "UN Press"},
	} {
		_, site := siteTitle(tt.line)
		assert.Equal(t, tt.want, siteName(site, tt.line), tt.line)
	}
}

func TestSiteBody(t *testing.T) {
	for _, tt := range []struct{ site, want string }{
		{"Kelvo City Official Website", "Kelvo City"},
		{"Kelvo Rovers FC – Official Website", "Kelvo Rovers FC"}, // (the dash before the site's words goes with them)
		{"Official Portal of the Kelvo Government", "Kelvo Government"},
		{"Kelvo Website", "Kelvo Website"}, // (one word left: the name itself)
		{"Kelvale University", "Kelvale University"},
		// a body's press desk names the body, even by its letters alone
		{"KCOR Press", "KCOR"},
		{"Kelvo Newsroom", "Kelvo"},
		{"Kelvo Daily News", "Kelvo Daily News"},
		{"Associated Press", "Associated Press"}, // (a bare "Press" goes only after letters)
		{"Oxford University Press", "Oxford University Press"},
	} {
		assert.Equal(t, tt.want, siteBody(tt.site), tt.site)
	}
}

func TestDocSymbol(t *testing.T) {
	for _, s := range []string{"SG/SM/21982", "GA/12345", "SC/15432", "PR/2023/05"} {
		assert.True(t, docSymbol.MatchString(s), s)
	}
	for _, s := range []string{"Home", "and/or", "SG/SM/21982 today", "24/7"} {
		assert.False(t, docSymbol.MatchString(s), s)
	}
}

func TestIssuerOfLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{" Office of the Premier, Kelby Province", "Office of the Premier, Kelby Province"},
		{" Dara Quill, Information and Publicity Secretary, KWU – info@kwu.org – +260 212 222 000", "KWU"},
		{" Kelvo Water Board | media@kwb.org", "Kelvo Water Board"},
	} {
		assert.Equal(t, tt.want, issuerOfLine(tt.in), tt.in)
	}
}

// TestForeignTownLetterhead: a town's government in another language in
// capitals on the first line ("VILLE DE KELVE", "COMUNE DI KELVO") names
// the issuer, even over a header the layout cannot read as one; a state's
// letterhead does not, the office under it does.
func TestForeignTownLetterhead(t *testing.T) {
	for _, tt := range []struct{ head, want string }{
		{"VILLE DE KELVE", "VILLE DE KELVE"},
		{"COMUNE DI KELVO", "COMUNE DI KELVO"},
		{"GEMEENTE KELVEN", "GEMEENTE KELVEN"},
		{"STATE OF KELVO", ""},
	} {
		text := tt.head + "\nCabinet du Maire – Service de presse\n\nPRESS RELEASE\nKelve, 3 June 2025\n\nHousing: the City acts\n\n" + p1 + "\n" + p2
		assert.Equal(t, tt.want, detectLayout(text).source, tt.head)
	}
}

// TestSiteNameInTwoScripts: a site's name on the first line, in English
// and then in its own script, names the issuer by its English words.
func TestSiteNameInTwoScripts(t *testing.T) {
	text := "Kelvo Policy Institute 海港政策研究所\nSkip to content\n中文 | EN\nDonate\nAbout Us\n  Our Mission\n  Board and Staff\nResearch\n  Housing\n  Ageing\n\nHome > Research > Housing\n\nHeat in small flats\n\n" + p1 + "\n" + p2
	assert.Equal(t, "Kelvo Policy Institute", detectLayout(text).source)
}

// TestHeadlineUnderIssuerName: a body's name alone on the first line over
// a headline is the issuer, the line under it the title; a motto or a
// label under the name is none.
func TestHeadlineUnderIssuerName(t *testing.T) {
	for _, tt := range []struct{ text, title string }{
		{"Kelvo Workers Union\n\nUnion warns of strike over hotel pay\n\nKINGSTOWN, 12 February 2026 – " + p1 + "\n" + p2, "Union warns of strike over hotel pay"},
		{"KELVO FAMILY FOUNDATION\n\nKelvo Foundation awards $4.6 million to radio stations\n\n" + p1 + "\n" + p2, "Kelvo Foundation awards $4.6 million to radio stations"},
		{"Kelvo Rights Trust\nDefending rights since 1989\n\n" + p1 + "\n" + p2, "Kelvo Rights Trust"},
	} {
		assert.Equal(t, tt.title, detectLayout(tt.text).title, tt.text)
	}
}

// TestJointMediaReleaseLabel: "Joint media release" over the headline is
// the release's label, not its title.
func TestJointMediaReleaseLabel(t *testing.T) {
	for _, label := range []string{"JOINT MEDIA RELEASE", "Joint news release", "Joint media statement"} {
		assert.Equal(t, "Committee adopts report on aid", detectLayout(label+"\n\nCommittee adopts report on aid\n\n"+p1+"\n"+p2).title, label)
	}
}

// TestHardWrappedRelease: an e-mailed release wrapped at a fixed width
// under a header of short lines is running text, not a run of menu lines:
// its body is all its paragraphs.
func TestHardWrappedRelease(t *testing.T) {
	body := "KELVALE – U.S. Attorney Dara Quill announced today that the two owners\n" +
		"of a Kelvale home care agency were sentenced to a combined nine years in\n" +
		"federal prison for billing the state for visits that never took place.\n\n" +
		"\"The owners treated the program as a personal bank account, and the\n" +
		"people who paid the price were seniors who waited for aides who never\n" +
		"came,\" said U.S. Attorney Quill.\n\n" +
		"Special Agent in Charge Jon Doe said the agents had reviewed the payroll\n" +
		"records of hundreds of aides to show how the visits were invented, and\n" +
		"that the sentences should send a clear message to anyone tempted."
	text := "U.S. Department of Justice\nUnited States Attorney's Office\nDistrict of Kelvale\n\nFOR IMMEDIATE RELEASE\nTuesday, March 11, 2025\n\n" +
		"Two Kelvale Home Care Agency Owners Sentenced to Prison in Billing Scheme\n\n" + body + "\n\n###\n\nContact:\nJane Roe\nPublic Affairs Officer\n"
	lay := detectLayout(text)
	got := lay.body.In(text)
	assert.True(t, strings.HasPrefix(got, "KELVALE – U.S. Attorney"), got)
	assert.True(t, strings.Contains(got, "anyone tempted."), got)
	assert.Equal(t, "2025-03-11", lay.date)
	assert.Equal(t, "Two Kelvale Home Care Agency Owners Sentenced to Prison in Billing Scheme", lay.title)
}

// TestDatelineSource: a body in parentheses after a dateline's date is the
// release's source, as UN meetings coverage writes it; a wire's name is
// not ("(Reuters)").
func TestDatelineSource(t *testing.T) {
	assert.Equal(t, "KWC Secretariat", datelineSource("GENEVA, 3 June (KWC Secretariat) – The Meeting of the Parties opened today."))
	assert.Equal(t, "", datelineSource("LONDON, 3 June (Reuters) – Prices rose."))
	assert.Equal(t, "", datelineSource("The Meeting of the Parties opened today (KWC Secretariat)."))
}

// TestExchangeNote: the lines an exchange's announcement puts between its
// headline and its text, and none of any other line, blank ones included.
func TestExchangeNote(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Kelvo Lithium Limited", true},
		{"(Incorporated in the Republic of Kelvania)", true},
		{"JSE share code: KLV", true},
		{"ISIN: ZAE000000001", true},
		{"Kelvo Lithium signs offtake", false},
		{"", false},
		{" ", false},
		{"(", false},
		{"()", true},
	} {
		assert.Equal(t, tt.want, exchangeNote(tt.line), "%q", tt.line)
	}
}

// TestWithoutLabelMotto: a site's motto after its name and a dash is no
// part of the issuer's name; a body's name after the dash is.
func TestWithoutLabelMotto(t *testing.T) {
	for in, want := range map[string]string{
		"Kelvo Metro – Re Sebetsa Mmoho":            "Kelvo Metro",
		"Kelvo City Council – Working for you":      "Kelvo City Council",
		"NORTH KELVO POLICE – NEWS RELEASE":         "NORTH KELVO POLICE",
		"Kelvo Trust – Orrin Water Board":           "Kelvo Trust – Orrin Water Board",
		"Kelvo – Orrin":                             "Kelvo – Orrin",
		"Ministry of Health – Republic of Orrin":    "Ministry of Health – Republic of Orrin",
		"Kelvo City Council – Parks and Recreation": "Kelvo City Council – Parks and Recreation",
	} {
		assert.Equal(t, want, withoutLabel(in), in)
	}
}

// TestSiteBodyKeepsAListOfDesks: a site's desk words are cut alone, never
// leaving "and" behind ("… News and Media Releases").
func TestSiteBodyKeepsAListOfDesks(t *testing.T) {
	assert.Equal(t, "Kelvo City Council", siteBody("Kelvo City Council Media Releases"))
	assert.Equal(t, "Kelvo City Council News and Media Releases", siteBody("Kelvo City Council News and Media Releases"))
	assert.Equal(t, "KUT", siteBody("KUT News Portal"), "a news portal is a desk")
	assert.Equal(t, "Mining News Portal", siteBody("Mining News Portal"), "a trade's news site is no body's desk")
}

// TestCrumbBody: a page's breadcrumbs name the body whose news the page
// is, before the news section; a section's own name ("Media Centre") is
// none.
func TestCrumbBody(t *testing.T) {
	for in, want := range map[string]string{
		"Home / Ministries / Ministry of Kelvo Roads / News and press releases": "Ministry of Kelvo Roads",
		"Home > About > Kelvo Water Authority > Media":                          "Kelvo Water Authority",
		"Home / Media Centre / Press Statements / Kelvo Council Opens Bridge":   "",
		"Home › Newsroom › Press Releases › Kelvo Bank Posts Profit":            "",
		"Home / Ministry of Kelvo Roads":                                        "",
	} {
		assert.Equal(t, want, crumbBody(in), in)
	}
}
