<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutText</name>
    <message>
        <source>&lt;h3&gt;Tierscope %1&lt;/h3&gt;&lt;p&gt;Campaign planning for influencer marketing, built around micro-influencers.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one workspace file.&lt;/p&gt;&lt;p&gt;Copyright © The Tierscope developers.&lt;br&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 and SQLite %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tierscope %1&lt;/h3&gt;&lt;p&gt;Kampagnenplanung für Influencer-Marketing, rund um Micro-Influencer.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer, in einer einzigen Arbeitsbereich-Datei.&lt;/p&gt;&lt;p&gt;Copyright © Die Tierscope-Entwickler.&lt;br&gt;Lizenziert unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Dieses Programm kommt OHNE JEGLICHE GEWÄHRLEISTUNG.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3 und SQLite %4.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddCreatorCommand</name>
    <message>
        <source>Add @%1</source>
        <translation>@%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddRosterEntriesCommand</name>
    <message>
        <source>Add %1 to “%2”</source>
        <translation>%1 zu „%2“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddToShortlistCommand</name>
    <message>
        <source>Add %1 to “%2”</source>
        <translation>%1 zu „%2“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>vor Aktualisierung</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>vor Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (three letters such as USD or EUR).</source>
        <translation>„%1“ ist kein Währungscode (drei Buchstaben wie USD oder EUR).</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The campaign ends on %1, before it starts on %2.</source>
        <translation>Die Kampagne endet am %1, bevor sie am %2 beginnt.</translation>
    </message>
</context>
<context>
    <name>CampaignImportResults</name>
    <message>
        <source>%1: give the campaign (name or id) and the CSV file: tierscope campaign import-results NAME|ID FILE.csv.</source>
        <translation>%1: geben Sie die Kampagne (Name oder ID) und die CSV-Datei an: tierscope campaign import-results NAME|ID DATEI.csv.</translation>
    </message>
    <message>
        <source>Results for “%1” from %2: %3 rows read, %4 deliverables updated, %5 unchanged, %6 rejected.
</source>
        <translation>Ergebnisse für „%1“ aus %2: %3 Zeilen gelesen, %4 Deliverables aktualisiert, %5 unverändert, %6 abgewiesen.
</translation>
    </message>
    <message>
        <source>  … %1 more rejected rows.
</source>
        <translation>  … %1 weitere abgewiesene Zeilen.
</translation>
    </message>
    <message>
        <source>no row could be imported. Fix the rows listed above, or check the columns.</source>
        <translation>keine Zeile konnte importiert werden. Korrigieren Sie die oben aufgeführten Zeilen oder prüfen Sie die Spalten.</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; give the campaign (quote a name with spaces) and one CSV file.</source>
        <translation>%1: unerwartetes Argument „%2“; geben Sie die Kampagne (einen Namen mit Leerzeichen in Anführungszeichen) und eine CSV-Datei an.</translation>
    </message>
</context>
<context>
    <name>CampaignPlanReport</name>
    <message>
        <source>Campaign plan</source>
        <translation>Kampagnenplan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency %1</source>
        <translation>Währung %1</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n Creator</numerusform>
            <numerusform>%n Creator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined, not counted</source>
        <translation>
            <numerusform>%n abgelehnt, nicht gezählt</numerusform>
            <numerusform>%n abgelehnt, nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiers: %1</source>
        <translation>Stufen: %1</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>Plattformen: %1</translation>
    </message>
    <message>
        <source>Niches: %1</source>
        <translation>Nischen: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Länder: %1</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Any creator</source>
        <translation>Beliebiger Creator</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Kernbotschaft</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Kennzeichnung</translation>
    </message>
    <message>
        <source>%1 of the budget</source>
        <translation>%1 des Budgets</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation>Budget um %1 überschritten</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>of %1, after commitments</source>
        <translation>von %1, nach Bindungen</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Anteil am Budget</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>Followers unknown</source>
        <translation>Follower unbekannt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Nach Plattform</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) in the pipeline have no agreed fee yet and count as nothing above.</source>
        <translation>
            <numerusform>%n Creator in der Pipeline hat noch kein vereinbartes Honorar und zählt oben mit null.</numerusform>
            <numerusform>%n Creator in der Pipeline haben noch kein vereinbartes Honorar und zählen oben mit null.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement against reach</source>
        <translation>Engagement gegen Reichweite</translation>
    </message>
    <message>
        <source>Every creator of the workspace by tier, with the roster highlighted; dashed lines are each tier&apos;s benchmark engagement rate, diamonds each tier&apos;s median.</source>
        <translation>Alle Creator des Arbeitsbereichs nach Stufe, das Roster hervorgehoben; gestrichelte Linien sind die Benchmark-Engagement-Rate jeder Stufe, Rauten der Median jeder Stufe.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Expected impressions</source>
        <translation>Erwartete Impressionen</translation>
    </message>
    <message>
        <source>%1 of %2 creators estimated</source>
        <translation>%1 von %2 Creatorn geschätzt</translation>
    </message>
    <message>
        <source>Expected engagements</source>
        <translation>Erwartete Engagements</translation>
    </message>
    <message>
        <source>Cost per engagement</source>
        <translation>Kosten pro Engagement</translation>
    </message>
    <message>
        <source>over creators with a fee</source>
        <translation>über Creator mit Honorar</translation>
    </message>
    <message>
        <source>Cost per 1,000 impressions</source>
        <translation>Kosten pro 1.000 Impressionen</translation>
    </message>
    <message>
        <source>How these numbers are computed</source>
        <translation>So werden diese Zahlen berechnet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Expected impressions = deliverables × average views; where views are unknown, followers × the platform&apos;s default view rate (%1).</source>
        <translation>Erwartete Impressionen = Deliverables × durchschnittliche Aufrufe; wo Aufrufe unbekannt sind, Follower × Standard-Aufrufrate der Plattform (%1).</translation>
    </message>
    <message>
        <source>Budget: planned = fees of every creator in the pipeline; committed = fees of creators contracted or beyond; remaining = budget − committed. Declined creators count nowhere. Amounts in %1.</source>
        <translation>Budget: geplant = Honorare aller Creator in der Pipeline; gebunden = Honorare der Creator ab „unter Vertrag“; verbleibend = Budget − gebunden. Abgelehnte Creator zählen nirgends. Beträge in %1.</translation>
    </message>
    <message>
        <source>Results to date count likes + comments + shares of published deliverables against the whole fee; ROI = (revenue − fee) ÷ fee.</source>
        <translation>Bisherige Ergebnisse zählen Likes + Kommentare + Shares veröffentlichter Deliverables gegen das gesamte Honorar; ROI = (Umsatz − Honorar) ÷ Honorar.</translation>
    </message>
    <message>
        <source>Nobody is on the roster yet.</source>
        <translation>Noch niemand im Roster.</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>nicht vereinbart</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n creator(s)</source>
        <translation>
            <numerusform>Gesamt: %n Creator</numerusform>
            <numerusform>Gesamt: %n Creator</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliverables by due date</source>
        <translation>Deliverables nach Fälligkeit</translation>
    </message>
    <message>
        <source>No deliverables are planned yet.</source>
        <translation>Noch keine Deliverables geplant.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Results against the forecast</source>
        <translation>Ergebnisse gegen die Prognose</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>fc. %1</source>
        <translation>Progn. %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>fc.: the forecast for the same creator (in the total row: for the same creators).</source>
        <translation>Progn.: die Prognose für denselben Creator (in der Summenzeile: für dieselben Creator).</translation>
    </message>
    <message>
        <source>Deliver­ables</source>
        <translation>Deliver­ables</translation>
    </message>
    <message>
        <source>Exp. engage­ments</source>
        <translation>Erw. Enga­gements</translation>
    </message>
    <message>
        <source>Forecast against actual engagements</source>
        <translation>Prognose gegen tatsächliche Engagements</translation>
    </message>
    <message>
        <source>Per creator with results: the engagements forecast for all their deliverables, and the likes, comments and shares to date, on one scale. The percentage compares the results with the forecast for the deliverables measured so far.</source>
        <translation>Je Creator mit Ergebnissen: die prognostizierten Engagements für alle seine Deliverables sowie die bisherigen Likes, Kommentare und Shares, auf einer gemeinsamen Skala. Der Prozentwert vergleicht die Ergebnisse mit der Prognose für die bisher gemessenen Deliverables.</translation>
    </message>
    <message>
        <source>Shown: the %1 creators with the largest forecasts, of %2 with results; the table above lists them all.</source>
        <translation>Gezeigt: die %1 Creator mit den größten Prognosen von %2 mit Ergebnissen; die Tabelle oben führt sie alle auf.</translation>
    </message>
    <message>
        <source>%1 engagements to date against %2 forecast for the same deliverables (%3).</source>
        <translation>Bisher %1 Engagements gegen eine Prognose von %2 für dieselben Deliverables (%3).</translation>
    </message>
    <message>
        <source>%1 from %2 followers (benchmark ER %3 by followers, %4 by views)</source>
        <translation>%1 ab %2 Followern (Benchmark-ER %3 nach Followern, %4 nach Aufrufen)</translation>
    </message>
    <message>
        <source>Expected engagements = deliverables × followers × ER, or deliverables × average views × ER for an ER by views. Cost per engagement (CPE) = fee ÷ expected engagements; CPM = fee ÷ expected impressions × 1,000.</source>
        <translation>Erwartete Engagements = Deliverables × Follower × ER, oder Deliverables × durchschnittliche Aufrufe × ER für eine ER nach Aufrufen. Kosten pro Engagement (CPE) = Honorar ÷ erwartete Engagements; CPM = Honorar ÷ erwartete Impressionen × 1.000.</translation>
    </message>
    <message>
        <source>Tiers by followers: %1; under %2 followers a creator is emerging. Each ER is compared with the benchmark of its own basis.</source>
        <translation>Stufen nach Followern: %1; unter %2 Followern gilt ein Creator als Emerging. Jede ER wird mit der Benchmark ihrer eigenen Basis verglichen.</translation>
    </message>
    <message>
        <source>Platform with the tier under it; ER with its basis (by followers, by views) or “reported” by the source. Declined creators are shown in grey and count nowhere in the totals. Fees are per creator for all their deliverables.</source>
        <translation>Plattform mit der Stufe darunter; ER mit ihrer Basis (nach Followern, nach Aufrufen) oder „gemeldet“, wenn sie von der Quelle stammt. Abgelehnte Creator erscheinen grau und zählen in keiner Summe. Honorare gelten je Creator für alle seine Deliverables.</translation>
    </message>
    <message>
        <source>⚑ %1: %2</source>
        <translation>⚑ %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Engagement rate (ER) = (average likes + comments + shares) ÷ average views for an ER by views, ÷ followers for an ER by followers. This workspace&apos;s basis: %1. Without average views an ER is by followers. A rate reported by the data source is kept as it was reported (marked “reported”, taken as by followers). The roster&apos;s ER column says which each is.</source>
        <translation>Engagement-Rate (ER) = (durchschnittliche Likes + Kommentare + Shares) ÷ durchschnittliche Aufrufe für eine ER nach Aufrufen, ÷ Follower für eine ER nach Followern. Basis in diesem Arbeitsbereich: %1. Ohne durchschnittliche Aufrufe wird eine ER nach Followern berechnet. Eine von der Datenquelle gemeldete Rate bleibt, wie sie gemeldet wurde (als „gemeldet“ gekennzeichnet und wie eine ER nach Followern behandelt). Die ER-Spalte des Rosters zeigt, welche Art jeweils vorliegt.</translation>
    </message>
    <message>
        <source>Benchmarks of their own: %1.</source>
        <translation>Eigene Benchmarks: %1.</translation>
    </message>
</context>
<context>
    <name>CampaignShowVerb</name>
    <message>
        <source>(creator %1 missing)</source>
        <translation>(Creator %1 fehlt)</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>tiers %1</source>
        <translation>Stufen %1</translation>
    </message>
    <message>
        <source>platforms %1</source>
        <translation>Plattformen %1</translation>
    </message>
    <message>
        <source>niches %1</source>
        <translation>Nischen %1</translation>
    </message>
    <message>
        <source>countries %1</source>
        <translation>Länder %1</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Kernbotschaft</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Kennzeichnung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 (campaign %2)</source>
        <translation>%1 (Kampagne %2)</translation>
    </message>
    <message>
        <source>Roster: %1 creators, %2 in the pipeline</source>
        <translation>Roster: %1 Creator, %2 in der Pipeline</translation>
    </message>
    <message>
        <source>  Nobody on the roster yet.</source>
        <translation>  Noch niemand im Roster.</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>exp. engagements</source>
        <translation>erw. Engagements</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>ER: r = reported by the source, otherwise computed. Declined entries count nowhere in the budget or the forecast.</source>
        <translation>ER: r = von der Quelle gemeldet, sonst berechnet. Abgelehnte Einträge zählen weder im Budget noch in der Prognose.</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>gebunden</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>share of budget</source>
        <translation>Anteil am Budget</translation>
    </message>
    <message>
        <source>%1 of budget</source>
        <translation>%1 des Budgets</translation>
    </message>
    <message>
        <source>OVER BUDGET by %1</source>
        <translation>BUDGET ÜBERSCHRITTEN um %1</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>verbleibend</translation>
    </message>
    <message>
        <source>  %1 entries in the pipeline have no agreed fee yet; they count as %2.</source>
        <translation>  %1 Einträge in der Pipeline haben noch kein vereinbartes Honorar; sie zählen als %2.</translation>
    </message>
    <message>
        <source>unknown followers</source>
        <translation>Follower unbekannt</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Nach Plattform</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>  Nobody in the pipeline.</source>
        <translation>  Niemand in der Pipeline.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>exp. impressions</source>
        <translation>erw. Impressionen</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Totals over the entries with an estimate: engagements %1 of %2, impressions %3 of %2; CPE and CPM over those that also have a fee.</source>
        <translation>Summen über die Einträge mit Schätzung: Engagements %1 von %2, Impressionen %3 von %2; CPE und CPM über jene, die auch ein Honorar haben.</translation>
    </message>
    <message>
        <source>* average views unknown: followers × the platform&apos;s default view rate from the workspace settings (%1); %2 entries.</source>
        <translation>* durchschnittliche Aufrufe unbekannt: Follower × Standard-Aufrufrate der Plattform aus den Einstellungen des Arbeitsbereichs (%1); %2 Einträge.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Results against the forecast (%1 entries with published deliverables)</source>
        <translation>Ergebnisse gegen die Prognose (%1 Einträge mit veröffentlichten Deliverables)</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>fc. ER</source>
        <translation>Progn. ER</translation>
    </message>
    <message>
        <source>fc. CPE</source>
        <translation>Progn. CPE</translation>
    </message>
    <message>
        <source>fc. CPM</source>
        <translation>Progn. CPM</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>fc.: forecast (the total: of these entries). Actuals to date: likes + comments + shares of the published deliverables, against the whole fee; ROI = (revenue − fee) / fee.</source>
        <translation>Progn.: Prognose (die Summe: dieser Einträge). Bisherige Ist-Werte: Likes + Kommentare + Shares der veröffentlichten Deliverables gegen das gesamte Honorar; ROI = (Umsatz − Honorar) / Honorar.</translation>
    </message>
    <message>
        <source>What to do: show.</source>
        <translation>Was zu tun ist: show.</translation>
    </message>
    <message>
        <source>The campaign&apos;s name (quoted) or id.</source>
        <translation>Name (in Anführungszeichen) oder ID der Kampagne.</translation>
    </message>
    <message>
        <source>tierscope campaign: say what to do: tierscope campaign show NAME|ID.</source>
        <translation>tierscope campaign: geben Sie an, was zu tun ist: tierscope campaign show NAME|ID.</translation>
    </message>
    <message>
        <source>tierscope campaign: unknown sub-command “%1”; try tierscope campaign show NAME|ID.</source>
        <translation>tierscope campaign: unbekannter Unterbefehl „%1“; versuchen Sie tierscope campaign show NAME|ID.</translation>
    </message>
    <message>
        <source>tierscope campaign show: give one campaign name or id (quote a name with spaces); “tierscope campaigns” lists them.</source>
        <translation>tierscope campaign show: geben Sie einen Kampagnennamen oder eine ID an (einen Namen mit Leerzeichen in Anführungszeichen); „tierscope campaigns“ listet sie auf.</translation>
    </message>
    <message>
        <source>show NAME|ID: prints a campaign&apos;s brief, roster, budget, forecast and results.
import-results NAME|ID FILE.csv: reads a results sheet into the campaign&apos;s deliverables.</source>
        <translation>show NAME|ID: gibt Briefing, Roster, Budget, Prognose und Ergebnisse einer Kampagne aus.
import-results NAME|ID DATEI.csv: liest eine Ergebnistabelle in die Deliverables der Kampagne ein.</translation>
    </message>
    <message>
        <source>tierscope campaign show: unexpected argument “%1”; give one campaign name or id (quote a name with spaces).</source>
        <translation>tierscope campaign show: unerwartetes Argument „%1“; geben Sie einen Kampagnennamen oder eine ID an (einen Namen mit Leerzeichen in Anführungszeichen).</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>no fee yet</source>
        <translation>noch kein Honorar</translation>
    </message>
    <message>
        <source>No deliverables yet</source>
        <translation>Noch keine Deliverables</translation>
    </message>
    <message>
        <source>%1 × %2, %3, due %4</source>
        <translation>%1 × %2, %3, fällig %4</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>impression</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>1 deliverable overdue</source>
        <translation>1 Deliverable überfällig</translation>
    </message>
    <message>
        <source>%1 deliverables overdue</source>
        <translation>%1 Deliverables überfällig</translation>
    </message>
    <message>
        <source>Rank %1 of %2 for %3 per unit of money; %4 expected for %5</source>
        <translation>Rang %1 von %2 für %3 je Geldeinheit; %4 erwartet für %5</translation>
    </message>
    <message>
        <source>counts towards the tier mix</source>
        <translation>zählt zum Stufenmix</translation>
    </message>
    <message>
        <source>Rank %1 of %2; a better combination used the money</source>
        <translation>Rang %1 von %2; eine bessere Kombination hat das Geld genutzt</translation>
    </message>
    <message>
        <source>Fee alone is above the %1 available</source>
        <translation>Das Honorar allein übersteigt die verfügbaren %1</translation>
    </message>
    <message>
        <source>No quoted fee</source>
        <translation>Kein angegebenes Honorar</translation>
    </message>
    <message>
        <source>Fee not in %1</source>
        <translation>Honorar nicht in %1</translation>
    </message>
    <message>
        <source>Followers or ER unknown: nothing to expect</source>
        <translation>Follower oder ER unbekannt: nichts zu erwarten</translation>
    </message>
    <message>
        <source>Tier not wanted</source>
        <translation>Stufe nicht gewünscht</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Bereits im Roster</translation>
    </message>
</context>
<context>
    <name>CampaignsVerb</name>
    <message>
        <source>Lists the campaigns with their dates, status, budget and roster.</source>
        <translation>Listet die Kampagnen mit Terminen, Status, Budget und Roster auf.</translation>
    </message>
    <message>
        <source>Include archived campaigns.</source>
        <translation>Archivierte Kampagnen einbeziehen.</translation>
    </message>
    <message>
        <source>No campaigns yet.
</source>
        <translation>Noch keine Kampagnen.
</translation>
    </message>
    <message>
        <source>No campaigns (archived ones are listed with --archived).
</source>
        <translation>Keine Kampagnen (archivierte werden mit --archived aufgelistet).
</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>gebunden</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Campaigns: %1.</source>
        <translation>Kampagnen: %1.</translation>
    </message>
    <message>
        <source>! over budget.</source>
        <translation>! Budget überschritten.</translation>
    </message>
    <message>
        <source>to see one campaign, run “tierscope campaign show NAME”.</source>
        <translation>um eine Kampagne anzuzeigen, führen Sie „tierscope campaign show NAME“ aus.</translation>
    </message>
</context>
<context>
    <name>CheckedArithmetic</name>
    <message>
        <source>too large to compute</source>
        <translation>zu groß für die Berechnung</translation>
    </message>
</context>
<context>
    <name>CheckedNumber</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>ColumnConventions</name>
    <message>
        <source>Column “%1” is read in percent (line %2 has “%3”): “1.5” is 1.5 %.</source>
        <translation>Spalte „%1“ wird in Prozent gelesen (Zeile %2 enthält „%3“): „1.5“ bedeutet 1,5 %.</translation>
    </message>
    <message>
        <source>Dates in column “%1” are read day first (line %2 has “%3”).</source>
        <translation>Datumsangaben in Spalte „%1“ werden mit dem Tag zuerst gelesen (Zeile %2 enthält „%3“).</translation>
    </message>
    <message>
        <source>Dates in column “%1” are read month first (line %2 has “%3”).</source>
        <translation>Datumsangaben in Spalte „%1“ werden mit dem Monat zuerst gelesen (Zeile %2 enthält „%3“).</translation>
    </message>
    <message>
        <source>Column “%1” mixes day-first and month-first dates; dates such as 02/11/2026 in it are refused as ambiguous.</source>
        <translation>Spalte „%1“ mischt Datumsangaben mit Tag zuerst und Monat zuerst; Daten wie 02/11/2026 darin werden als mehrdeutig abgewiesen.</translation>
    </message>
</context>
<context>
    <name>ColumnReadingText</name>
    <message>
        <source>day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>mixed date orders</source>
        <translation>Tag/Monat gemischt</translation>
    </message>
    <message>
        <source>decimal mark? (see above)</source>
        <translation>Dezimalzeichen? (s. oben)</translation>
    </message>
    <message>
        <source>“.” groups thousands</source>
        <translation>„.“ trennt Tausender</translation>
    </message>
    <message>
        <source>“,” groups thousands</source>
        <translation>„,“ trennt Tausender</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>Dezimalpunkt</translation>
    </message>
    <message>
        <source>both marks</source>
        <translation>beide Zeichen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>file&apos;s choice</source>
        <translation>Wahl für die Datei</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>fractions</source>
        <translation>Anteilswerte</translation>
    </message>
</context>
<context>
    <name>ColumnSurvey</name>
    <message>
        <source>a decimal comma (1.234,5)</source>
        <translation>einem Dezimalkomma (1.234,5)</translation>
    </message>
    <message>
        <source>a decimal point (1,234.5)</source>
        <translation>einem Dezimalpunkt (1,234.5)</translation>
    </message>
    <message>
        <source>Column %1 is read with %2: line %3 has %4.</source>
        <translation>Spalte %1 wird mit %2 gelesen: Zeile %3 enthält %4.</translation>
    </message>
    <message>
        <source>It also has values with the other mark (line %1 has %2); each value is read by the mark it shows, and only values such as “1.200” by the column&apos;s.</source>
        <translation>Sie enthält auch Werte mit dem anderen Zeichen (Zeile %1 enthält %2); jeder Wert wird nach dem Zeichen gelesen, das er zeigt, und nur Werte wie „1.200“ nach dem der Spalte.</translation>
    </message>
    <message>
        <source>line %1 has %2</source>
        <translation>Zeile %1 enthält %2</translation>
    </message>
    <message>
        <source>Column %1 is read with %2, as chosen (%3).</source>
        <translation>Spalte %1 wird wie gewählt mit %2 gelesen (%3).</translation>
    </message>
    <message>
        <source>Column %1 holds whole counts, so %2 groups thousands (%3 is %4).</source>
        <translation>Spalte %1 enthält ganze Anzahlen, daher trennt %2 Tausender (%3 bedeutet %4).</translation>
    </message>
    <message>
        <source>Column %1 is read with %2, as the other columns of the file write their decimals (%3).</source>
        <translation>Spalte %1 wird mit %2 gelesen, so wie die anderen Spalten der Datei ihre Dezimalstellen schreiben (%3).</translation>
    </message>
    <message>
        <source>Column %1 only has values such as %2, which the file does not tell apart; read with %3, as chosen for the file.</source>
        <translation>Spalte %1 enthält nur Werte wie %2, die in der Datei mehrdeutig bleiben; gelesen mit %3, wie für die Datei gewählt.</translation>
    </message>
    <message>
        <source>Column %1 only has values such as %2, which the file does not tell apart; read with %3, as the language settings (%4) write numbers.</source>
        <translation>Spalte %1 enthält nur Werte wie %2, die in der Datei mehrdeutig bleiben; gelesen mit %3, so wie die Spracheinstellungen (%4) Zahlen schreiben.</translation>
    </message>
    <message>
        <source>Column %1 is in percent, as its header says: “5” is 5 %.</source>
        <translation>Spalte %1 ist in Prozent, wie ihre Überschrift sagt: „5“ bedeutet 5 %.</translation>
    </message>
    <message>
        <source>Column %1 writes most rates with “%”; its values without one are read in percent too.</source>
        <translation>Spalte %1 schreibt die meisten Raten mit „%“; ihre Werte ohne das Zeichen werden ebenfalls in Prozent gelesen.</translation>
    </message>
    <message>
        <source>Column %1 is read in percent (%2 of its %3 values are above 1, such as %4 on line %5): “1.5” is 1.5 %.</source>
        <translation>Spalte %1 wird in Prozent gelesen (%2 ihrer %3 Werte liegen über 1, etwa %4 in Zeile %5): „1.5“ bedeutet 1,5 %.</translation>
    </message>
    <message>
        <source>Column %1 is read in percent: as fractions its values (median at least 0.3) would be rates of 30 % and more.</source>
        <translation>Spalte %1 wird in Prozent gelesen: als Anteilswerte wären ihre Werte (Median mindestens 0,3) Raten von 30 % und mehr.</translation>
    </message>
    <message>
        <source>Column %1 is read as fractions (“0.05” is 5 %): %2 of its %3 values are above 1, such as %4 on line %5, and are kept as rates above 100 %.</source>
        <translation>Spalte %1 wird als Anteilswerte gelesen („0.05“ bedeutet 5 %): %2 ihrer %3 Werte liegen über 1, etwa %4 in Zeile %5, und bleiben als Raten über 100 % erhalten.</translation>
    </message>
    <message>
        <source>Column %1 is read as fractions (“0.8” is 80 %): %2 of its %3 values are above 1, such as %4 on line %5, and are reported as errors.</source>
        <translation>Spalte %1 wird als Anteilswerte gelesen („0.8“ bedeutet 80 %): %2 ihrer %3 Werte liegen über 1, etwa %4 in Zeile %5, und werden als Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Column %1 mixes day-first (line %2 has %3) and month-first dates (line %4 has %5); dates such as 02/11/2026 in it are refused as ambiguous.</source>
        <translation>Spalte %1 mischt Datumsangaben mit Tag zuerst (Zeile %2 enthält %3) und mit Monat zuerst (Zeile %4 enthält %5); Daten wie 02/11/2026 darin werden als mehrdeutig abgewiesen.</translation>
    </message>
    <message>
        <source>Dates in column %1 are read day first (line %2 has %3).</source>
        <translation>Datumsangaben in Spalte %1 werden mit dem Tag zuerst gelesen (Zeile %2 enthält %3).</translation>
    </message>
    <message>
        <source>Dates in column %1 are read month first (line %2 has %3).</source>
        <translation>Datumsangaben in Spalte %1 werden mit dem Monat zuerst gelesen (Zeile %2 enthält %3).</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement-Rate</translation>
    </message>
    <message>
        <source>ER vs tier benchmark</source>
        <translation>ER ggü. Stufen-Benchmark</translation>
    </message>
    <message>
        <source>ER percentile in tier</source>
        <translation>ER-Perzentil in der Stufe</translation>
    </message>
    <message>
        <source>View rate</source>
        <translation>Aufrufrate</translation>
    </message>
    <message>
        <source>Avg likes</source>
        <translation>Ø Likes</translation>
    </message>
    <message>
        <source>Avg comments</source>
        <translation>Ø Kommentare</translation>
    </message>
    <message>
        <source>Avg shares</source>
        <translation>Ø Shares</translation>
    </message>
    <message>
        <source>Avg views</source>
        <translation>Ø Aufrufe</translation>
    </message>
    <message>
        <source>Audience authenticity</source>
        <translation>Authentizität der Zielgruppe</translation>
    </message>
    <message>
        <source>Sponsored posts</source>
        <translation>Gesponserte Beiträge</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Honorar pro Beitrag</translation>
    </message>
    <message>
        <source>Est. CPE per post</source>
        <translation>Gesch. CPE pro Beitrag</translation>
    </message>
    <message>
        <source>Est. CPM per post</source>
        <translation>Gesch. CPM pro Beitrag</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nischen</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>Kennzahlen vom</translation>
    </message>
    <message>
        <source>Fewer sponsored posts: less ad fatigue in the audience.</source>
        <translation>Weniger gesponserte Beiträge: weniger Werbemüdigkeit in der Zielgruppe.</translation>
    </message>
    <message>
        <source>Estimated for one post: fee / impressions × 1000; impressions are the avg views, else followers × the platform&apos;s default view rate.</source>
        <translation>Geschätzt für einen Beitrag: Honorar / Impressionen × 1000; Impressionen sind die Ø Aufrufe, sonst Follower × Standard-Aufrufrate der Plattform.</translation>
    </message>
    <message>
        <source>impressions from %1&apos;s default view rate of %2</source>
        <translation>Impressionen aus der Standard-Aufrufrate von %1 (%2)</translation>
    </message>
    <message>
        <source>(likes + comments + shares) ÷ followers, or ÷ avg views for an ER by views; each cell says which, or that the source reported it.</source>
        <translation>(Likes + Kommentare + Shares) ÷ Follower, oder ÷ Ø Aufrufe für eine ER nach Aufrufen; jede Zelle gibt an, welche, oder dass die Quelle sie gemeldet hat.</translation>
    </message>
    <message>
        <source>ER minus the benchmark of the creator&apos;s tier on its platform and ER basis.</source>
        <translation>ER minus der Benchmark der Stufe des Creators auf seiner Plattform und ER-Basis.</translation>
    </message>
    <message>
        <source>Estimated for one post: fee / (followers × ER), or fee / (avg views × ER) for an ER by views.</source>
        <translation>Geschätzt für einen Beitrag: Honorar / (Follower × ER), oder Honorar / (Ø Aufrufe × ER) für eine ER nach Aufrufen.</translation>
    </message>
    <message>
        <source>reported by the source</source>
        <translation>von der Quelle gemeldet</translation>
    </message>
    <message>
        <source>ER by views</source>
        <translation>ER nach Aufrufen</translation>
    </message>
    <message>
        <source>ER by followers</source>
        <translation>ER nach Followern</translation>
    </message>
    <message>
        <source>⚑ engagement above followers</source>
        <translation>⚑ Engagement über der Followerzahl</translation>
    </message>
    <message>
        <source>benchmark by views %1</source>
        <translation>Benchmark nach Aufrufen %1</translation>
    </message>
    <message>
        <source>benchmark by followers %1</source>
        <translation>Benchmark nach Followern %1</translation>
    </message>
    <message>
        <source>Share of the workspace&apos;s creators in the same tier, with an ER on the same basis, whose ER is lower (ties count half).</source>
        <translation>Anteil der Creator des Arbeitsbereichs in derselben Stufe mit einer ER auf derselben Basis, deren ER niedriger ist (Gleichstände zählen halb).</translation>
    </message>
</context>
<context>
    <name>ComparisonCsv</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (bester)</translation>
    </message>
    <message>
        <source>The comparison could not be written: %1</source>
        <translation>Der Vergleich konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Creator comparison</source>
        <translation>Creator-Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n Creator</numerusform>
            <numerusform>%n Creator</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Creators side by side</source>
        <translation>Creator nebeneinander</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>✓ marks the best value of a row among the creators with a known value; money is compared only within one currency. CPE and CPM are estimates for one post.</source>
        <translation>✓ markiert den besten Wert einer Zeile unter den Creatorn mit bekanntem Wert; Geldbeträge werden nur innerhalb einer Währung verglichen. CPE und CPM sind Schätzungen für einen Beitrag.</translation>
    </message>
    <message>
        <source>Engagement against reach</source>
        <translation>Engagement gegen Reichweite</translation>
    </message>
    <message>
        <source>Every creator of the workspace by tier, with the compared creators highlighted.</source>
        <translation>Alle Creator des Arbeitsbereichs nach Stufe, die verglichenen Creator hervorgehoben.</translation>
    </message>
</context>
<context>
    <name>ComparisonRow</name>
    <message>
        <source>Amounts in different currencies (%1) are not compared with each other: the best is marked within each currency.</source>
        <translation>Beträge in verschiedenen Währungen (%1) werden nicht miteinander verglichen: der beste wird innerhalb jeder Währung markiert.</translation>
    </message>
    <message>
        <source>Fewer than two known values: nothing is marked.</source>
        <translation>Weniger als zwei bekannte Werte: nichts wird markiert.</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message>
        <source>1 creator</source>
        <translation>1 Creator</translation>
    </message>
    <message>
        <source>%1 creators</source>
        <translation>%1 Creator</translation>
    </message>
</context>
<context>
    <name>CreateCampaignCommand</name>
    <message>
        <source>New campaign “%1”</source>
        <translation>Neue Kampagne „%1“</translation>
    </message>
    <message>
        <source>Duplicate campaign as “%1”</source>
        <translation>Kampagne duplizieren als „%1“</translation>
    </message>
</context>
<context>
    <name>CreateShortlistCommand</name>
    <message>
        <source>New shortlist “%1”</source>
        <translation>Neue Shortlist „%1“</translation>
    </message>
    <message>
        <source>New shortlist “%1” with %2</source>
        <translation>Neue Shortlist „%1“ mit %2</translation>
    </message>
</context>
<context>
    <name>CreatorColumns</name>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>vs tier</source>
        <translation>ggü. Stufe</translation>
    </message>
    <message>
        <source>Avg views</source>
        <translation>Ø Aufrufe</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nischen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Authentisch</translation>
    </message>
    <message>
        <source>Sponsored</source>
        <translation>Gesponsert</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Est. CPE</source>
        <translation>Gesch. CPE</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>The creator&apos;s handle on the platform</source>
        <translation>Handle des Creators auf der Plattform</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Instagram, TikTok or YouTube</source>
        <translation>Instagram, TikTok oder YouTube</translation>
    </message>
    <message>
        <source>Tier, derived from followers through the workspace&apos;s tier scheme</source>
        <translation>Stufe, abgeleitet aus den Followern über das Stufenschema des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Followers (subscribers on YouTube)</source>
        <translation>Follower (Abonnenten bei YouTube)</translation>
    </message>
    <message>
        <source>Average views per post or video</source>
        <translation>Durchschnittliche Aufrufe pro Beitrag oder Video</translation>
    </message>
    <message>
        <source>Content niches</source>
        <translation>Content-Nischen</translation>
    </message>
    <message>
        <source>Country (ISO 3166-1)</source>
        <translation>Land (ISO 3166-1)</translation>
    </message>
    <message>
        <source>Main language (ISO 639-1)</source>
        <translation>Hauptsprache (ISO 639-1)</translation>
    </message>
    <message>
        <source>Share of the audience that looks authentic</source>
        <translation>Anteil der Zielgruppe, der authentisch wirkt</translation>
    </message>
    <message>
        <source>Share of recent posts that are sponsored</source>
        <translation>Anteil der jüngsten Beiträge, die gesponsert sind</translation>
    </message>
    <message>
        <source>Typical fee per post, in the creator&apos;s currency</source>
        <translation>Übliches Honorar pro Beitrag, in der Währung des Creators</translation>
    </message>
    <message>
        <source>Date the metrics were measured</source>
        <translation>Datum, an dem die Kennzahlen erhoben wurden</translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>Basis: %1.</translation>
    </message>
    <message>
        <source>The basis is a workspace setting per platform.</source>
        <translation>Die Basis ist eine Einstellung des Arbeitsbereichs je Plattform.</translation>
    </message>
    <message>
        <source>ER minus the benchmark ER of the creator&apos;s tier on the same basis (by followers or by views), in percentage points</source>
        <translation>ER minus Benchmark-ER der Stufe des Creators auf derselben Basis (nach Followern oder nach Aufrufen), in Prozentpunkten</translation>
    </message>
    <message>
        <source>Estimated cost per engagement of one post = fee / (followers × ER), or fee / (avg views × ER) for an ER by views</source>
        <translation>Geschätzte Kosten pro Engagement eines Beitrags = Honorar / (Follower × ER), oder Honorar / (Ø Aufrufe × ER) für eine ER nach Aufrufen</translation>
    </message>
    <message>
        <source>Engagement rate = (avg likes + avg comments + avg shares)
/ avg views (ER by views) or / followers (ER by followers).
%1
● marks a rate reported by the source, kept as reported; the others are computed.
⚑ marks engagement above the follower count.</source>
        <translation>Engagement-Rate = (Ø Likes + Ø Kommentare + Ø Shares)
/ Ø Aufrufe (ER nach Aufrufen) oder / Follower (ER nach Followern).
%1
● markiert eine von der Quelle gemeldete Rate, die unverändert übernommen wird; die anderen sind berechnet.
⚑ markiert Engagement über der Followerzahl.</translation>
    </message>
</context>
<context>
    <name>CreatorCsvExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation>Das Schreiben der CSV-Datei ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CreatorField</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Avg. likes</source>
        <translation>Ø Likes</translation>
    </message>
    <message>
        <source>Avg. comments</source>
        <translation>Ø Kommentare</translation>
    </message>
    <message>
        <source>Avg. shares</source>
        <translation>Ø Shares</translation>
    </message>
    <message>
        <source>Avg. views</source>
        <translation>Ø Aufrufe</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement-Rate</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nischen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Audience authenticity</source>
        <translation>Authentizität der Zielgruppe</translation>
    </message>
    <message>
        <source>Sponsored posts ratio</source>
        <translation>Anteil gesponserter Beiträge</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Honorar pro Beitrag</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>Honorarwährung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>Kennzahlen vom</translation>
    </message>
    <message>
        <source>Keep as extra column</source>
        <translation>Als Zusatzspalte behalten</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
</context>
<context>
    <name>CreatorImporter</name>
    <message>
        <source>Cannot read “%1”: %2. Check the path and that you may read the file.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>“%1”, line %2: </source>
        <translation>„%1“, Zeile %2: </translation>
    </message>
    <message>
        <source>“%1”: </source>
        <translation>„%1“: </translation>
    </message>
    <message>
        <source>“%1” is empty: there is no header row.</source>
        <translation>„%1“ ist leer: es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Column “%1” is kept as an extra field.</source>
        <translation>Spalte „%1“ wird als Zusatzfeld behalten.</translation>
    </message>
    <message>
        <source>%1 handle cells held a name with spaces; each name was kept as the display name and the handle made from it in lower case without spaces (%2).</source>
        <translation>%1 Handle-Zellen enthielten einen Namen mit Leerzeichen; jeder Name wurde als Anzeigename übernommen und das Handle daraus in Kleinbuchstaben ohne Leerzeichen gebildet (%2).</translation>
    </message>
</context>
<context>
    <name>CreatorLimits</name>
    <message>
        <source>%1 cannot be more than %2.</source>
        <translation>%1 darf nicht größer als %2 sein.</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Average views</source>
        <translation>Ø Aufrufe</translation>
    </message>
    <message>
        <source>Average likes</source>
        <translation>Ø Likes</translation>
    </message>
    <message>
        <source>Average comments</source>
        <translation>Ø Kommentare</translation>
    </message>
    <message>
        <source>Average shares</source>
        <translation>Ø Shares</translation>
    </message>
    <message>
        <source>The fee is too large.</source>
        <translation>Das Honorar ist zu hoch.</translation>
    </message>
    <message>
        <source>Notes and names can be at most %1 characters.</source>
        <translation>Notizen und Namen dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>CreatorRowReader</name>
    <message>
        <source>The file has no handle column (a column such as “handle”, “username” or “profile_url”). Name one in the header or map a column to Handle.</source>
        <translation>Die Datei hat keine Handle-Spalte (eine Spalte wie „handle“, „username“ oder „profile_url“). Benennen Sie eine in der Kopfzeile oder ordnen Sie eine Spalte dem Feld Handle zu.</translation>
    </message>
    <message>
        <source>The file has no followers column (a column such as “followers” or “subscribers”). Name one in the header or map a column to Followers.</source>
        <translation>Die Datei hat keine Follower-Spalte (eine Spalte wie „followers“ oder „subscribers“). Benennen Sie eine in der Kopfzeile oder ordnen Sie eine Spalte dem Feld Follower zu.</translation>
    </message>
    <message>
        <source>the row ends after %1 fields but the header has %2 columns (a line break or delimiter inside a value needs quotes)</source>
        <translation>die Zeile endet nach %1 Feldern, die Kopfzeile hat aber %2 Spalten (ein Zeilenumbruch oder Trennzeichen in einem Wert braucht Anführungszeichen)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns (a delimiter inside a value needs quotes)</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2 Spalten (ein Trennzeichen in einem Wert braucht Anführungszeichen)</translation>
    </message>
    <message>
        <source>“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube)</source>
        <translation>„%1“ ist keine Plattform, die Tierscope kennt (Instagram, TikTok, YouTube)</translation>
    </message>
    <message>
        <source>the handle is missing</source>
        <translation>das Handle fehlt</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>“%1” is too large an amount</source>
        <translation>„%1“ ist ein zu großer Betrag</translation>
    </message>
    <message>
        <source>the handle is longer than %1 characters</source>
        <translation>das Handle ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>The file does not say which platform its creators are on: it has no platform column and no profile URLs. Choose the platform of its rows (on the command line: --platform instagram, tiktok or youtube), or add a platform column.</source>
        <translation>Die Datei gibt nicht an, auf welcher Plattform ihre Creator sind: sie hat keine Plattformspalte und keine Profil-URLs. Wählen Sie die Plattform ihrer Zeilen (auf der Befehlszeile: --platform instagram, tiktok oder youtube) oder fügen Sie eine Plattformspalte hinzu.</translation>
    </message>
    <message>
        <source>no platform: the platform cell is empty and the profile URL names none</source>
        <translation>keine Plattform: die Plattformzelle ist leer und die Profil-URL nennt keine</translation>
    </message>
    <message>
        <source>“%1” is above %2, more than any account has</source>
        <translation>„%1“ liegt über %2, mehr als jedes Konto hat</translation>
    </message>
    <message>
        <source>“%1” is not a plausible engagement rate</source>
        <translation>„%1“ ist keine plausible Engagement-Rate</translation>
    </message>
    <message>
        <source>the fee “%1” is in %2 but the currency column says %3</source>
        <translation>das Honorar „%1“ ist in %2, die Währungsspalte sagt aber %3</translation>
    </message>
    <message>
        <source>“%1” → @%2</source>
        <translation>„%1“ → @%2</translation>
    </message>
    <message>
        <source>the notes are longer than %1 characters</source>
        <translation>die Notizen sind länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>CreatorText</name>
    <message>
        <source>%1+ followers</source>
        <translation>ab %1 Follower</translation>
    </message>
    <message>
        <source>%1 – %2 followers</source>
        <translation>%1 – %2 Follower</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Followers unknown: no tier</source>
        <translation>Follower unbekannt: keine Stufe</translation>
    </message>
    <message>
        <source>%1, reported by the source</source>
        <translation>%1, von der Quelle gemeldet</translation>
    </message>
    <message>
        <source>Unknown: no reported rate and no likes, comments or shares</source>
        <translation>Unbekannt: keine gemeldete Rate und keine Likes, Kommentare oder Shares</translation>
    </message>
    <message>
        <source>Needs the ER and a tier with a benchmark</source>
        <translation>Benötigt die ER und eine Stufe mit Benchmark</translation>
    </message>
    <message>
        <source>Benchmark source: %1</source>
        <translation>Quelle der Benchmark: %1</translation>
    </message>
    <message>
        <source>Needs the fee, followers and ER</source>
        <translation>Benötigt Honorar, Follower und ER</translation>
    </message>
    <message>
        <source>fee / (followers × ER)
= %1 / (%2 × %3) = %4</source>
        <translation>Honorar / (Follower × ER)
= %1 / (%2 × %3) = %4</translation>
    </message>
    <message>
        <source>Computed, %1:
%2</source>
        <translation>Berechnet, %1:
%2</translation>
    </message>
    <message>
        <source>ER %1 − %2 benchmark %3 %4</source>
        <translation>ER %1 − %2-Benchmark %3 %4</translation>
    </message>
    <message>
        <source>Needs the fee, avg views and ER</source>
        <translation>Benötigt Honorar, Ø Aufrufe und ER</translation>
    </message>
    <message>
        <source>fee / (avg views × ER by views)
= %1 / (%2 × %3) = %4</source>
        <translation>Honorar / (Ø Aufrufe × ER nach Aufrufen)
= %1 / (%2 × %3) = %4</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The delimiter cannot be a quote, a line break or a non-ASCII byte.</source>
        <translation>Das Trennzeichen darf kein Anführungszeichen, kein Zeilenumbruch und kein Nicht-ASCII-Byte sein.</translation>
    </message>
</context>
<context>
    <name>CsvTokenizer</name>
    <message>
        <source>Line %1: a quoted field is larger than %2; is its closing quote missing?</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist größer als %2; fehlt das schließende Anführungszeichen?</translation>
    </message>
    <message>
        <source>Line %1: a field is larger than %2.</source>
        <translation>Zeile %1: ein Feld ist größer als %2.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is larger than %2.</source>
        <translation>Der Datensatz ab Zeile %1 ist größer als %2.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; this does not look like a table, or the delimiter is wrong.</source>
        <translation>Zeile %1 hat mehr als %2 Spalten; das sieht nicht nach einer Tabelle aus, oder das Trennzeichen ist falsch.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: a closing quote (&quot;) is missing.</source>
        <translation>Das Feld in Anführungszeichen ab Zeile %1 wird nie geschlossen: ein schließendes Anführungszeichen (&quot;) fehlt.</translation>
    </message>
</context>
<context>
    <name>DeleteCampaignCommand</name>
    <message>
        <source>Delete campaign “%1”</source>
        <translation>Kampagne „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>DeleteCreatorsCommand</name>
    <message>
        <source>Delete @%1</source>
        <translation>@%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n creators</source>
        <translation>
            <numerusform>%n Creator löschen</numerusform>
            <numerusform>%n Creator löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteShortlistCommand</name>
    <message>
        <source>Delete shortlist “%1”</source>
        <translation>Shortlist „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Deliverable</name>
    <message>
        <source>A deliverable needs a quantity of at least 1.</source>
        <translation>Ein Deliverable braucht eine Menge von mindestens 1.</translation>
    </message>
    <message>
        <source>Actual results cannot be negative.</source>
        <translation>Tatsächliche Ergebnisse können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The revenue cannot be negative.</source>
        <translation>Der Umsatz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A deliverable stands for at most %1 pieces of content.</source>
        <translation>Ein Deliverable steht für höchstens %1 Inhalte.</translation>
    </message>
    <message>
        <source>Actual results cannot be more than %1.</source>
        <translation>Tatsächliche Ergebnisse können nicht größer als %1 sein.</translation>
    </message>
    <message>
        <source>The revenue is too large.</source>
        <translation>Der Umsatz ist zu hoch.</translation>
    </message>
</context>
<context>
    <name>DeliverableKind</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>DeliverableMatcher</name>
    <message>
        <source>a creator</source>
        <translation>einem Creator</translation>
    </message>
    <message>
        <source>%1’s %2 (ID %3)</source>
        <translation>%2 von %1 (ID %3)</translation>
    </message>
    <message>
        <source>the row names @%1 but it is %2</source>
        <translation>die Zeile nennt @%1, es ist aber %2</translation>
    </message>
    <message>
        <source>the row says %1 but %2 is on %3</source>
        <translation>die Zeile gibt %1 an, aber %2 ist auf %3</translation>
    </message>
    <message>
        <source>the row says %1 but it is %2</source>
        <translation>die Zeile gibt %1 an, es ist aber %2</translation>
    </message>
    <message>
        <source>there is no deliverable with ID %1 in “%2”</source>
        <translation>in „%2“ gibt es kein Deliverable mit der ID %1</translation>
    </message>
    <message>
        <source>the URL is on %1 deliverables (%2); add a deliverable ID column</source>
        <translation>die URL steht bei %1 Deliverables (%2); fügen Sie eine Deliverable-ID-Spalte hinzu</translation>
    </message>
    <message>
        <source>the row names no deliverable: it needs a deliverable ID, a post URL or a creator handle</source>
        <translation>die Zeile nennt kein Deliverable: sie braucht eine Deliverable-ID, eine Beitrags-URL oder ein Creator-Handle</translation>
    </message>
    <message>
        <source>no deliverable of “%1” has this URL, and the row names no creator</source>
        <translation>kein Deliverable von „%1“ hat diese URL, und die Zeile nennt keinen Creator</translation>
    </message>
    <message>
        <source>@%1 on %2 is not on the roster of “%3”</source>
        <translation>@%1 auf %2 ist nicht im Roster von „%3“</translation>
    </message>
    <message>
        <source>@%1 is not on the roster of “%2”</source>
        <translation>@%1 ist nicht im Roster von „%2“</translation>
    </message>
    <message>
        <source>@%1 has no deliverables in “%2”</source>
        <translation>@%1 hat keine Deliverables in „%2“</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>every %1 of @%2 already has another URL</source>
        <translation>alle Deliverables von @%2 (Art: %1) haben bereits eine andere URL</translation>
    </message>
    <message>
        <source>@%1 has no %2 in “%3”</source>
        <translation>@%1 hat in „%3“ keine Deliverables (Art: %2)</translation>
    </message>
    <message>
        <source>add a deliverable ID column</source>
        <translation>fügen Sie eine Deliverable-ID-Spalte hinzu</translation>
    </message>
    <message>
        <source>add the platform or a deliverable ID column</source>
        <translation>fügen Sie die Plattform oder eine Deliverable-ID-Spalte hinzu</translation>
    </message>
    <message>
        <source>add the deliverable kind or a deliverable ID column</source>
        <translation>fügen Sie die Deliverable-Art oder eine Deliverable-ID-Spalte hinzu</translation>
    </message>
    <message>
        <source>add the post URL or a deliverable ID column</source>
        <translation>fügen Sie die Beitrags-URL oder eine Deliverable-ID-Spalte hinzu</translation>
    </message>
    <message>
        <source>ambiguous: %1 deliverables of @%2 match (IDs %3); %4</source>
        <translation>nicht eindeutig: %1 Deliverables von @%2 passen (IDs %3); %4</translation>
    </message>
</context>
<context>
    <name>DeliverableStatus</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>DuplicateShortlistCommand</name>
    <message>
        <source>Duplicate as “%1”</source>
        <translation>Duplizieren als „%1“</translation>
    </message>
</context>
<context>
    <name>EditCreatorCommand</name>
    <message>
        <source>Edit @%1</source>
        <translation>@%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ErBasisJob</name>
    <message>
        <source>Recomputing engagement rates on the new basis…</source>
        <translation>Berechne die Engagement-Raten auf der neuen Basis neu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>ER Basis</source>
        <translation>ER-Basis</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
</context>
<context>
    <name>ErBasisText</name>
    <message>
        <source>by views</source>
        <translation>nach Aufrufen</translation>
    </message>
    <message>
        <source>by followers</source>
        <translation>nach Followern</translation>
    </message>
    <message>
        <source>reported by the source</source>
        <translation>von der Quelle gemeldet</translation>
    </message>
    <message>
        <source>ER by views</source>
        <translation>ER nach Aufrufen</translation>
    </message>
    <message>
        <source>ER by followers</source>
        <translation>ER nach Followern</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Engagement above followers: ER by followers is not meaningful here; the rate reported by the source is kept.</source>
        <translation>Engagement über der Followerzahl: eine ER nach Followern ist hier nicht aussagekräftig; die von der Quelle gemeldete Rate bleibt erhalten.</translation>
    </message>
    <message>
        <source>Engagement above followers: ER by followers is not meaningful here; ER by views is used.</source>
        <translation>Engagement über der Followerzahl: eine ER nach Followern ist hier nicht aussagekräftig; die ER nach Aufrufen wird verwendet.</translation>
    </message>
    <message>
        <source>Engagement above followers: ER by followers is above 100 % and not meaningful here; with avg views known, ER by views would be used.</source>
        <translation>Engagement über der Followerzahl: die ER nach Followern liegt über 100 % und ist hier nicht aussagekräftig; mit bekannten Ø Aufrufen würde die ER nach Aufrufen verwendet.</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / avg views = %1 / %2 = %3</source>
        <translation>(Likes + Kommentare + Shares) / Ø Aufrufe = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / followers = %1 / %2 = %3</source>
        <translation>(Likes + Kommentare + Shares) / Follower = %1 / %2 = %3</translation>
    </message>
</context>
<context>
    <name>ExportPdfVerb</name>
    <message>
        <source>there is no campaign “%1” in this workspace; “tierscope campaigns” lists them.</source>
        <translation>in diesem Arbeitsbereich gibt es keine Kampagne „%1“; „tierscope campaigns“ listet sie auf.</translation>
    </message>
    <message>
        <source>there is no shortlist “%1” in this workspace.</source>
        <translation>in diesem Arbeitsbereich gibt es keine Shortlist „%1“.</translation>
    </message>
    <message>
        <source>--compare takes two or more creator ids, separated by commas (for example --compare 12,40,77).</source>
        <translation>--compare erwartet zwei oder mehr Creator-IDs, durch Kommas getrennt (zum Beispiel --compare 12,40,77).</translation>
    </message>
    <message>
        <source>Writes a campaign plan, a shortlist or a comparison to a PDF file (A4 or Letter; by default the paper of your locale).</source>
        <translation>Schreibt einen Kampagnenplan, eine Shortlist oder einen Vergleich in eine PDF-Datei (A4 oder Letter; standardmäßig das Papierformat Ihres Gebietsschemas).</translation>
    </message>
    <message>
        <source>The campaign plan of this campaign.</source>
        <translation>Der Kampagnenplan dieser Kampagne.</translation>
    </message>
    <message>
        <source>This shortlist.</source>
        <translation>Diese Shortlist.</translation>
    </message>
    <message>
        <source>A side-by-side comparison of these creators (2–6 ids).</source>
        <translation>Ein Vergleich dieser Creator nebeneinander (2–6 IDs).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 oder letter.</translation>
    </message>
    <message>
        <source>choose one of --campaign NAME|ID, --shortlist NAME|ID or --compare ID,ID,…</source>
        <translation>wählen Sie eines von --campaign NAME|ID, --shortlist NAME|ID oder --compare ID,ID,…</translation>
    </message>
    <message>
        <source>name the file to write with -o FILE.</source>
        <translation>geben Sie die zu schreibende Datei mit -o DATEI an.</translation>
    </message>
    <message>
        <source>unknown paper “%1”; use a4 or letter.</source>
        <translation>unbekanntes Papierformat „%1“; verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>--compare takes 2 to 6 creator ids, separated by commas (for example --compare 12,40,77).</source>
        <translation>--compare erwartet 2 bis 6 Creator-IDs, durch Kommas getrennt (zum Beispiel --compare 12,40,77).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>name the file with -o FILE.</source>
        <translation>geben Sie die Datei mit -o DATEI an.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The workspace file to open.</source>
        <translation>Die zu öffnende Arbeitsbereich-Datei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>A .tierscope workspace.</source>
        <translation>Ein .tierscope-Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>This is not a valid column mapping: %1</source>
        <translation>Dies ist keine gültige Spaltenzuordnung: %1</translation>
    </message>
    <message>
        <source>it is not a Tierscope column mapping.</source>
        <translation>es ist keine Tierscope-Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>its version is missing.</source>
        <translation>die Version fehlt.</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Tierscope.</source>
        <translation>sie wurde von einer neueren Version von Tierscope gespeichert.</translation>
    </message>
    <message>
        <source>it has no list of columns.</source>
        <translation>sie hat keine Spaltenliste.</translation>
    </message>
    <message>
        <source>column %1 has no header.</source>
        <translation>Spalte %1 hat keine Überschrift.</translation>
    </message>
    <message>
        <source>column “%1” names an unknown field “%2”.</source>
        <translation>Spalte „%1“ nennt ein unbekanntes Feld „%2“.</translation>
    </message>
</context>
<context>
    <name>HumanNumber</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (byte-order mark)</source>
        <translation>UTF-16 (Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>UTF-16 little endian</source>
        <translation>UTF-16 Little Endian</translation>
    </message>
    <message>
        <source>UTF-16 big endian</source>
        <translation>UTF-16 Big Endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semikolongetrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>durch „%1“ getrennt</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>Automatisch erkennen (%1)</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>Die Datei ist kein JSON: %1.</translation>
    </message>
    <message>
        <source>None of its columns is in this file.</source>
        <translation>Keine der gespeicherten Spalten kommt in dieser Datei vor.</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Apply a column mapping saved from an earlier import</source>
        <translation>Eine aus einem früheren Import gespeicherte Spaltenzuordnung anwenden</translation>
    </message>
    <message>
        <source>Save this column mapping to reuse it for files like this one</source>
        <translation>Diese Spaltenzuordnung speichern, um sie für ähnliche Dateien wiederzuverwenden</translation>
    </message>
    <message>
        <source>-mapping</source>
        <translation>-zuordnung</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Spaltenzuordnungen (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to “%1”.</source>
        <translation>Die Zuordnung konnte nicht in „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation>Spaltenzuordnung laden</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Spaltenzuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be applied to this file.</source>
        <translation>„%1“ kann nicht auf diese Datei angewendet werden.</translation>
    </message>
</context>
<context>
    <name>ListReportData</name>
    <message>
        <source>no creator with the id %1 in this workspace.</source>
        <translation>kein Creator mit der ID %1 in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Objective</name>
    <message>
        <source>Awareness</source>
        <translation>Bekanntheit</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>No output file was named.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>“%1” is a loop of symbolic links; choose another file name.</source>
        <translation>„%1“ ist eine Schleife symbolischer Links; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is the workspace “%2” or one of its own files; writing there would destroy it. Choose another file name.</source>
        <translation>„%1“ ist der Arbeitsbereich „%2“ oder eine seiner eigenen Dateien; dorthin zu schreiben würde ihn zerstören. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is a file this command reads; writing there would destroy it. Choose another file name.</source>
        <translation>„%1“ ist eine Datei, die dieser Befehl liest; dorthin zu schreiben würde sie zerstören. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is a folder; name a file to write.</source>
        <translation>„%1“ ist ein Ordner; geben Sie eine Datei zum Schreiben an.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, a pipe or a socket); Tierscope writes only regular files. Choose a file name.</source>
        <translation>„%1“ ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket); Tierscope schreibt nur reguläre Dateien. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be read to check what it is (%2); choose another file name.</source>
        <translation>„%1“ existiert und kann nicht gelesen werden, um zu prüfen, was es ist (%2); wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database (a workspace or a backup?); Tierscope never writes over a database. Choose another file name.</source>
        <translation>„%1“ ist eine SQLite-Datenbank (ein Arbeitsbereich oder eine Sicherung?); Tierscope überschreibt nie eine Datenbank. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>“%1” is being written by another process already.</source>
        <translation>„%1“ wird bereits von einem anderen Prozess geschrieben.</translation>
    </message>
    <message>
        <source>The disk is full while writing “%1”.</source>
        <translation>Der Datenträger ist beim Schreiben von „%1“ voll gelaufen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” is read-only.</source>
        <translation>„%1“ kann nicht geschrieben werden: der Ordner „%2“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PaymentState</name>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturiert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
</context>
<context>
    <name>PdfRenderJob</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot start the PDF “%1”.</source>
        <translation>Das PDF „%1“ kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF “%1” was not started.</source>
        <translation>Das PDF „%1“ wurde nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>RejectedRow</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>RemoveFromShortlistCommand</name>
    <message>
        <source>Remove %1 from “%2”</source>
        <translation>%1 aus „%2“ entfernen</translation>
    </message>
</context>
<context>
    <name>RenameShortlistCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>ReorderShortlistCommand</name>
    <message>
        <source>Reorder “%1”</source>
        <translation>„%1“ umordnen</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Exported %1 with Tierscope</source>
        <translation>%1 mit Tierscope exportiert</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>No dates set</source>
        <translation>Keine Termine festgelegt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n Tag)</numerusform>
            <numerusform>(%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>(creator %1 missing)</source>
        <translation>(Creator %1 fehlt)</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>%1 ⚑</source>
        <translation>%1 ⚑</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Creator comparison</source>
        <translation>Creator-Vergleich</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>ResultsBarsBlock</name>
    <message>
        <source>Forecast engagements</source>
        <translation>Prognostizierte Engagements</translation>
    </message>
    <message>
        <source>Forecast impressions</source>
        <translation>Prognostizierte Impressionen</translation>
    </message>
    <message>
        <source>Actual engagements to date</source>
        <translation>Bisherige tatsächliche Engagements</translation>
    </message>
    <message>
        <source>Actual views to date</source>
        <translation>Bisherige tatsächliche Aufrufe</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
</context>
<context>
    <name>ResultsBarsLayout</name>
    <message>
        <source>(deleted creator)</source>
        <translation>(gelöschter Creator)</translation>
    </message>
    <message>
        <source>%1 of %2 measured</source>
        <translation>%1 von %2 gemessen</translation>
    </message>
    <message>
        <source>no deliverables planned</source>
        <translation>keine Deliverables geplant</translation>
    </message>
    <message>
        <source>no forecast</source>
        <translation>keine Prognose</translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation>noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>no likes, comments or shares entered</source>
        <translation>keine Likes, Kommentare oder Shares eingetragen</translation>
    </message>
    <message>
        <source>no views entered</source>
        <translation>keine Aufrufe eingetragen</translation>
    </message>
    <message>
        <source>%1 · %2 of forecast</source>
        <translation>%1 · %2 der Prognose</translation>
    </message>
</context>
<context>
    <name>ResultsField</name>
    <message>
        <source>Deliverable ID</source>
        <translation>Deliverable-ID</translation>
    </message>
    <message>
        <source>Creator handle</source>
        <translation>Creator-Handle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Deliverable kind</source>
        <translation>Deliverable-Art</translation>
    </message>
    <message>
        <source>Post URL</source>
        <translation>Beitrags-URL</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>Umsatzwährung</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
</context>
<context>
    <name>ResultsImporter</name>
    <message>
        <source>The import was cancelled; the campaign is unchanged.</source>
        <translation>Der Import wurde abgebrochen; die Kampagne ist unverändert.</translation>
    </message>
    <message>
        <source>the row has no results: every result cell is empty</source>
        <translation>die Zeile enthält keine Ergebnisse: alle Ergebniszellen sind leer</translation>
    </message>
    <message>
        <source>line %1 already has results for this deliverable (ID %2)</source>
        <translation>Zeile %1 enthält bereits Ergebnisse für dieses Deliverable (ID %2)</translation>
    </message>
</context>
<context>
    <name>ResultsRowReader</name>
    <message>
        <source>No column tells which deliverable a row is about. Choose the column with the deliverable ID, the post URL or the creator&apos;s handle.</source>
        <translation>Keine Spalte gibt an, welches Deliverable eine Zeile betrifft. Wählen Sie die Spalte mit der Deliverable-ID, der Beitrags-URL oder dem Handle des Creators.</translation>
    </message>
    <message>
        <source>No column holds results. Choose at least one column with views, likes, comments, shares, saves, clicks, conversions, revenue, a URL or a date.</source>
        <translation>Keine Spalte enthält Ergebnisse. Wählen Sie mindestens eine Spalte mit Aufrufen, Likes, Kommentaren, Shares, Saves, Klicks, Conversions, Umsatz, einer URL oder einem Datum.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or USD.</source>
        <translation>„%1“ ist kein Währungscode wie EUR oder USD.</translation>
    </message>
    <message>
        <source>the revenue “%1” is in %2 but the currency column says %3.</source>
        <translation>der Umsatz „%1“ ist in %2, die Währungsspalte sagt aber %3.</translation>
    </message>
    <message>
        <source>the revenue “%1” is in %2 but this campaign is in %3; convert it first.</source>
        <translation>der Umsatz „%1“ ist in %2, diese Kampagne aber in %3; rechnen Sie ihn zuerst um.</translation>
    </message>
    <message>
        <source>“%1” is out of range.</source>
        <translation>„%1“ liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns (a line break or delimiter inside a value needs quotes)</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2 Spalten (ein Zeilenumbruch oder Trennzeichen in einem Wert braucht Anführungszeichen)</translation>
    </message>
    <message>
        <source>“%1” is not a deliverable ID.</source>
        <translation>„%1“ ist keine Deliverable-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube).</source>
        <translation>„%1“ ist keine Plattform, die Tierscope kennt (Instagram, TikTok, YouTube).</translation>
    </message>
    <message>
        <source>“%1” is not a deliverable kind (post, reel, story, short, video, live).</source>
        <translation>„%1“ ist keine Deliverable-Art (post, reel, story, short, video, live).</translation>
    </message>
    <message>
        <source>“%1” is more than any post gets (at most %2); check the column.</source>
        <translation>„%1“ ist mehr, als ein Beitrag je erreicht (höchstens %2); prüfen Sie die Spalte.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>trigger “%1”</source>
        <translation>Trigger „%1“</translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation>View „%1“</translation>
    </message>
    <message>
        <source>“%1” contains %2 that Tierscope did not create: such code runs whenever data changes and can delete or alter it. The file was left untouched; remove it with an SQLite tool (DROP TRIGGER or DROP VIEW) or restore a backup.</source>
        <translation>„%1“ enthält Datenbankcode, den nicht Tierscope angelegt hat (%2): solcher Code läuft bei jeder Datenänderung und kann Daten löschen oder verändern. Die Datei wurde nicht angetastet; entfernen Sie ihn mit einem SQLite-Werkzeug (DROP TRIGGER oder DROP VIEW) oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” contains %2 changed by another program: it runs whenever data changes and can delete or alter it. The file was left untouched; restore a backup.</source>
        <translation>„%1“ enthält Datenbankcode, den ein anderes Programm verändert hat (%2): er läuft bei jeder Datenänderung und kann Daten löschen oder verändern. Die Datei wurde nicht angetastet; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its table “%2” is missing. It was left untouched; restore a backup copy.</source>
        <translation>„%1“ ist beschädigt: die Tabelle „%2“ fehlt. Die Datei wurde nicht angetastet; stellen Sie eine Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>Rebuilding the indexes of “%1” failed</source>
        <translation>Das Neuanlegen der Indizes von „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write “%1”</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>“%1” lacks %2 of this version&apos;s indexes and triggers (%3), and they could not be rebuilt because it is opened read-only: sorting and filtering may be slow or fail, and search may miss creators added by other programs. Open it once with write access to repair it.</source>
        <translation>„%1“ fehlen %2 der Indizes und Trigger dieser Version (%3), und sie konnten nicht neu angelegt werden, weil die Datei schreibgeschützt geöffnet ist: Sortieren und Filtern können langsam sein oder fehlschlagen, und die Suche findet von anderen Programmen hinzugefügte Creator womöglich nicht. Öffnen Sie die Datei einmal mit Schreibzugriff, um sie zu reparieren.</translation>
    </message>
</context>
<context>
    <name>SetCreatorNotesCommand</name>
    <message>
        <source>Edit notes of @%1</source>
        <translation>Notizen zu @%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetErBasesCommand</name>
    <message>
        <source>Change ER Basis</source>
        <translation>ER-Basis ändern</translation>
    </message>
</context>
<context>
    <name>SetShortlistNoteCommand</name>
    <message>
        <source>Edit note on @%1</source>
        <translation>Notiz zu @%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetShortlistVerdictCommand</name>
    <message>
        <source>Set verdict “%1” on %2</source>
        <translation>Urteil „%1“ für %2 setzen</translation>
    </message>
</context>
<context>
    <name>SetTierSchemeCommand</name>
    <message>
        <source>Edit Tiers and Benchmarks</source>
        <translation>Stufen und Benchmarks bearbeiten</translation>
    </message>
</context>
<context>
    <name>ShortlistReport</name>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Kandidat</numerusform>
            <numerusform>%n Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>The shortlist is empty.</source>
        <translation>Die Shortlist ist leer.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>vs benchmark</source>
        <translation>ggü. Benchmark</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Engagement against reach</source>
        <translation>Engagement gegen Reichweite</translation>
    </message>
    <message>
        <source>Every creator of the workspace by tier, with the shortlist highlighted.</source>
        <translation>Alle Creator des Arbeitsbereichs nach Stufe, die Shortlist hervorgehoben.</translation>
    </message>
    <message>
        <source>ER with its basis (by followers, by views) or “reported” by the source. ER vs benchmark: the creator&apos;s engagement rate minus the benchmark of its tier on the same basis, in percentage points. Fees are the creator&apos;s typical fee per post.</source>
        <translation>ER mit ihrer Basis (nach Followern, nach Aufrufen) oder „gemeldet“, wenn sie von der Quelle stammt. ER ggü. Benchmark: die Engagement-Rate des Creators minus die Benchmark seiner Stufe auf derselben Basis, in Prozentpunkten. Honorare sind das übliche Honorar des Creators pro Beitrag.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>In Verhandlung</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Unter Vertrag</translation>
    </message>
    <message>
        <source>Content live</source>
        <translation>Content live</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>an SQLite database (a workspace is opened with File › Open)</source>
        <translation>eine SQLite-Datenbank (ein Arbeitsbereich wird mit Datei › Öffnen geöffnet)</translation>
    </message>
    <message>
        <source>a ZIP archive or an Excel/OpenDocument workbook; save the sheet as CSV first</source>
        <translation>ein ZIP-Archiv oder eine Excel-/OpenDocument-Arbeitsmappe; speichern Sie die Tabelle zuerst als CSV</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls); save the sheet as CSV first</source>
        <translation>eine alte Excel-Arbeitsmappe (.xls); speichern Sie die Tabelle zuerst als CSV</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it looks like %1.</source>
        <translation>Dies ist keine CSV-Datei: sie sieht aus wie %1.</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported; re-save the file as UTF-8.</source>
        <translation>UTF-32-Text wird nicht unterstützt; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-16 character.</source>
        <translation>Die Datei endet mitten in einem UTF-16-Zeichen.</translation>
    </message>
    <message>
        <source>The text could not be decoded.</source>
        <translation>Der Text konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL byte. Choose a CSV file.</source>
        <translation>Dies ist keine Textdatei: Zeile %1 enthält ein NUL-Byte. Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first on line %1); it was read as Windows-1252. Check accented letters, or choose the encoding explicitly.</source>
        <translation>Die Datei ist kein gültiges UTF-8 (zuerst in Zeile %1); sie wurde als Windows-1252 gelesen. Prüfen Sie Umlaute und Akzente oder wählen Sie die Kodierung ausdrücklich.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a UTF-8 character (line %1).</source>
        <translation>Die Datei endet mitten in einem UTF-8-Zeichen (Zeile %1).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8, although the text before it is: the file mixes encodings. Re-save it as UTF-8, or choose its encoding explicitly.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8, der Text davor aber schon: die Datei mischt Kodierungen. Speichern Sie sie als UTF-8 oder wählen Sie ihre Kodierung ausdrücklich.</translation>
    </message>
    <message>
        <source>Line %1 contains bytes that are not valid UTF-8; they were replaced by “�”.</source>
        <translation>Zeile %1 enthält Bytes, die kein gültiges UTF-8 sind; sie wurden durch „�“ ersetzt.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 (after line %1).</source>
        <translation>Die Datei ist kein gültiges UTF-16 (nach Zeile %1).</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL character. Choose a CSV file.</source>
        <translation>Dies ist keine Textdatei: Zeile %1 enthält ein NUL-Zeichen. Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>This file looks like UTF-16 big endian text without a byte-order mark. Choose the encoding “UTF-16 big endian” explicitly, or re-save the file as UTF-8.</source>
        <translation>Diese Datei sieht nach UTF-16-Text (Big Endian) ohne Byte-Order-Mark aus. Wählen Sie ausdrücklich die Kodierung „UTF-16 Big Endian“ oder speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>This file looks like UTF-16 little endian text without a byte-order mark. Choose the encoding “UTF-16 little endian” explicitly, or re-save the file as UTF-8.</source>
        <translation>Diese Datei sieht nach UTF-16-Text (Little Endian) ohne Byte-Order-Mark aus. Wählen Sie ausdrücklich die Kodierung „UTF-16 Little Endian“ oder speichern Sie die Datei als UTF-8.</translation>
    </message>
</context>
<context>
    <name>TierChartBuilder</name>
    <message>
        <source>Points with an ER above %1 (%2 of them) are drawn on the top edge.</source>
        <translation>Punkte mit einer ER über %1 (%2 davon) werden am oberen Rand gezeichnet.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 Follower</translation>
    </message>
    <message>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <source>Outside the current filter</source>
        <translation>Außerhalb des aktuellen Filters</translation>
    </message>
    <message>
        <source>%1 median: ER %2 (middle half %3 – %4)</source>
        <translation>%1-Median: ER %2 (mittlere Hälfte %3 – %4)</translation>
    </message>
    <message>
        <source>%1 followers at the median; %2 creators with a known ER</source>
        <translation>%1 Follower beim Median; %2 Creator mit bekannter ER</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Median %1 the benchmark</source>
        <translation>Median %1 der Benchmark</translation>
    </message>
    <message>
        <source>Followers (log scale)</source>
        <translation>Follower (logarithmisch)</translation>
    </message>
    <message>
        <source>(reported by the source)</source>
        <translation>(von der Quelle gemeldet)</translation>
    </message>
    <message>
        <source>⚑ Engagement above followers</source>
        <translation>⚑ Engagement über der Followerzahl</translation>
    </message>
    <message>
        <source>Engagement rate (%1)</source>
        <translation>Engagement-Rate (%1)</translation>
    </message>
    <message>
        <source>%1 benchmark ER %2 %3</source>
        <translation>%1-Benchmark-ER %2 %3</translation>
    </message>
    <message>
        <source>Each ER is set against the benchmark of its basis.</source>
        <translation>Jede ER wird mit der Benchmark ihrer Basis verglichen.</translation>
    </message>
</context>
<context>
    <name>TierChartData</name>
    <message>
        <source>No matching creator has both a follower count and an engagement rate: nothing to plot.</source>
        <translation>Kein passender Creator hat sowohl eine Followerzahl als auch eine Engagement-Rate: nichts darzustellen.</translation>
    </message>
    <message>
        <source>All %1 matching creators with a known follower count and engagement rate are plotted.</source>
        <translation>Alle %1 passenden Creator mit bekannter Followerzahl und Engagement-Rate sind dargestellt.</translation>
    </message>
    <message>
        <source>%1 of %2 creators plotted: up to %3 per tier, picked by a fixed hash of the id, so the same creators every time. The statistics cover all %4 matching creators.</source>
        <translation>%1 von %2 Creatorn dargestellt: bis zu %3 je Stufe, ausgewählt über einen festen Hash der ID, also jedes Mal dieselben Creator. Die Statistik umfasst alle %4 passenden Creator.</translation>
    </message>
    <message>
        <source>%1 without a follower count or engagement rate are not plotted.</source>
        <translation>%1 ohne Followerzahl oder Engagement-Rate sind nicht dargestellt.</translation>
    </message>
    <message>
        <source>Highlighted creators outside the filter are shown, but not counted.</source>
        <translation>Hervorgehobene Creator außerhalb des Filters werden gezeigt, aber nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>TierChartSeries</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>benchmark %1</source>
        <translation>Benchmark %1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Highlighted (%1)</source>
        <translation>Hervorgehoben (%1)</translation>
    </message>
    <message>
        <source>%1 (outside the filter)</source>
        <translation>%1 (außerhalb des Filters)</translation>
    </message>
    <message>
        <source>Benchmark by views</source>
        <translation>Benchmark nach Aufrufen</translation>
    </message>
    <message>
        <source>Benchmark by followers</source>
        <translation>Benchmark nach Followern</translation>
    </message>
    <message>
        <source>by views %1</source>
        <translation>nach Aufrufen %1</translation>
    </message>
    <message>
        <source>by followers %1</source>
        <translation>nach Followern %1</translation>
    </message>
</context>
<context>
    <name>UnknownTally</name>
    <message>
        <source>1 value of column “%1” read as unknown: %2</source>
        <translation>1 Wert der Spalte „%1“ als unbekannt gelesen: %2</translation>
    </message>
    <message>
        <source>%1 values of column “%2” read as unknown: %3</source>
        <translation>%1 Werte der Spalte „%2“ als unbekannt gelesen: %3</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>%1 is above 100 %; a share between 0 and 100 % is expected.</source>
        <translation>%1 liegt über 100 %; erwartet wird ein Anteil zwischen 0 und 100 %.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>A copy cannot replace the workspace itself.</source>
        <translation>Eine Kopie kann nicht den Arbeitsbereich selbst ersetzen.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” is not a Tierscope workspace backup; nothing was changed.</source>
        <translation>„%1“ ist keine Sicherung eines Tierscope-Arbeitsbereichs; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Tierscope; nothing was changed.</source>
        <translation>„%1“ wurde von einer neueren Tierscope-Version gespeichert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is the workspace itself; nothing was changed.</source>
        <translation>„%1“ ist der Arbeitsbereich selbst; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; nothing was changed.</source>
        <translation>Der Ordner „%1“ existiert nicht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder of “%1” is read-only, so the replaced workspace could not be kept beside it; nothing was changed.</source>
        <translation>Der Ordner von „%1“ ist schreibgeschützt, daher konnte der ersetzte Arbeitsbereich nicht daneben aufbewahrt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” does not exist, but its journal “%2” is still beside it. Move the journal away first; nothing was changed.</source>
        <translation>„%1“ existiert nicht, aber seine Journal-Datei „%2“ liegt noch daneben. Verschieben Sie zuerst die Journal-Datei; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file; nothing was changed.</source>
        <translation>„%1“ ist ein Ordner, keine Arbeitsbereich-Datei; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is read-only (its permissions do not allow writing), so the backup was not restored over it; the workspace is as it was. Make it writable first if you mean to replace it.</source>
        <translation>„%1“ ist schreibgeschützt (die Dateirechte erlauben kein Schreiben), daher wurde die Sicherung nicht darüber wiederhergestellt; der Arbeitsbereich ist unverändert. Machen Sie die Datei zuerst beschreibbar, wenn Sie sie ersetzen möchten.</translation>
    </message>
    <message>
        <source>“%1” is not a Tierscope workspace; nothing was changed.</source>
        <translation>„%1“ ist kein Tierscope-Arbeitsbereich; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tierscope::core</name>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>%1 is a percentage; a number is expected here.</source>
        <translation>%1 ist ein Prozentwert; hier wird eine Zahl erwartet.</translation>
    </message>
    <message>
        <source>%1 is negative; a share between 0 and 100 % is expected.</source>
        <translation>%1 ist negativ; erwartet wird ein Anteil zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>%1: write dates as YYYY-MM-DD, with a four-digit year.</source>
        <translation>%1: schreiben Sie Datumsangaben als JJJJ-MM-TT, mit vierstelligem Jahr.</translation>
    </message>
    <message>
        <source>%1 is ambiguous (day/month or month/day?); write it as YYYY-MM-DD.</source>
        <translation>%1 ist mehrdeutig (Tag/Monat oder Monat/Tag?); schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>%1 is negative.</source>
        <translation>%1 ist negativ.</translation>
    </message>
    <message>
        <source>%1 is negative; a count cannot be.</source>
        <translation>%1 ist negativ; eine Anzahl kann das nicht sein.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 names two different currencies.</source>
        <translation>%1 nennt zwei verschiedene Währungen.</translation>
    </message>
    <message>
        <source>%1 has no amount.</source>
        <translation>%1 hat keinen Betrag.</translation>
    </message>
    <message>
        <source>%1 is a range; enter one amount.</source>
        <translation>%1 ist ein Bereich; geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 is not yes or no.</source>
        <translation>%1 ist weder Ja noch Nein.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::AppearanceMenus</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when Tierscope starts next.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Tierscope.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::BackupActions</name>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup &amp;Settings…</source>
        <translation>Sicherungseins&amp;tellungen…</translation>
    </message>
    <message>
        <source>Save a copy of the workspace under another name</source>
        <translation>Eine Kopie des Arbeitsbereichs unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>Copy the workspace into its backup folder</source>
        <translation>Den Arbeitsbereich in seinen Sicherungsordner kopieren</translation>
    </message>
    <message>
        <source>Replace the workspace with one of its backups</source>
        <translation>Den Arbeitsbereich durch eine seiner Sicherungen ersetzen</translation>
    </message>
    <message>
        <source>The daily automatic backup and how long it is kept</source>
        <translation>Die tägliche automatische Sicherung und wie lange sie aufbewahrt wird</translation>
    </message>
    <message>
        <source>Open backup folder</source>
        <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>There is no backup folder yet.</source>
        <translation>Es gibt noch keinen Sicherungsordner.</translation>
    </message>
    <message>
        <source>The daily backup of “%1” failed: %2</source>
        <translation>Die tägliche Sicherung von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Daily backup of “%1” saved to %2</source>
        <translation>Tägliche Sicherung von „%1“ unter %2 gespeichert</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Die Sicherung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert unter %1</translation>
    </message>
    <message>
        <source>Backing up “%1”…</source>
        <translation>Sichere „%1“…</translation>
    </message>
    <message>
        <source>%1 copy.tierscope</source>
        <translation>%1 Kopie.tierscope</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Tierscope workspaces (*.tierscope)</source>
        <translation>Tierscope-Arbeitsbereiche (*.tierscope)</translation>
    </message>
    <message>
        <source>“%1” exists already. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>It is replaced only once the copy is complete.</source>
        <translation>Die Datei wird erst ersetzt, wenn die Kopie vollständig ist.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>A copy cannot replace the open workspace itself. Choose another name.</source>
        <translation>Eine Kopie kann nicht den geöffneten Arbeitsbereich selbst ersetzen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” seems to be open in another program (its journal is beside it). Close it there, or choose another name.</source>
        <translation>„%1“ scheint in einem anderen Programm geöffnet zu sein (seine Journal-Datei liegt daneben). Schließen Sie es dort oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>Die Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie als %1 gespeichert</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Speichere eine Kopie als %1…</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The workspace is busy.</source>
        <translation>Der Arbeitsbereich ist gerade beschäftigt.</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish, then try again.</source>
        <translation>Warten Sie, bis die laufende Arbeit abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup taken on %2?</source>
        <translation>„%1“ durch die Sicherung vom %2 ersetzen?</translation>
    </message>
    <message>
        <source>The workspace is closed, replaced by the backup and opened again. Its current file is kept beside it as “%1”, so nothing is lost.</source>
        <translation>Der Arbeitsbereich wird geschlossen, durch die Sicherung ersetzt und wieder geöffnet. Seine aktuelle Datei wird daneben als „%1“ aufbewahrt, sodass nichts verloren geht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the backup taken on %1…</source>
        <translation>Stelle die Sicherung vom %1 wieder her…</translation>
    </message>
    <message>
        <source>The backup was not restored; the workspace is as it was.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Restored the backup taken on %1; the replaced workspace was kept as %2</source>
        <translation>Sicherung vom %1 wiederhergestellt; der ersetzte Arbeitsbereich wurde als %2 aufbewahrt</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::BackupSettingsDialog</name>
    <message>
        <source>Back up the open workspace &amp;once a day</source>
        <translation>Den geöffneten Arbeitsbereich &amp;einmal täglich sichern</translation>
    </message>
    <message>
        <source>Backup Settings</source>
        <translation>Sicherungseinstellungen</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The daily backup is taken when a workspace is opened and once a day while it stays open, into a folder beside the workspace. Daily backups older than the number of days above are deleted; backups made with File › Back Up Now are kept until you delete them.</source>
        <translation>Die tägliche Sicherung wird beim Öffnen eines Arbeitsbereichs und danach einmal täglich, solange er geöffnet bleibt, in einem Ordner neben dem Arbeitsbereich erstellt. Tägliche Sicherungen, die älter als die oben angegebene Anzahl Tage sind, werden gelöscht; mit Datei › Jetzt sichern erstellte Sicherungen bleiben erhalten, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for:</source>
        <translation>Tägliche Sicherungen &amp;behalten für:</translation>
    </message>
    <message>
        <source>Open Backup &amp;Folder</source>
        <translation>Sicherungs&amp;ordner öffnen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::BenchmarksDialog</name>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>From (followers)</source>
        <translation>Ab (Follower)</translation>
    </message>
    <message>
        <source>Own benchmark</source>
        <translation>Eigene Benchmark</translation>
    </message>
    <message>
        <source>Benchmark ER</source>
        <translation>Benchmark-ER</translation>
    </message>
    <message>
        <source>Source of the figure</source>
        <translation>Quelle des Werts</translation>
    </message>
    <message>
        <source>%1: lowest follower count</source>
        <translation>%1: niedrigste Followerzahl</translation>
    </message>
    <message>
        <source>%1: own benchmark for this platform</source>
        <translation>%1: eigene Benchmark für diese Plattform</translation>
    </message>
    <message>
        <source>%1: benchmark engagement rate</source>
        <translation>%1: Benchmark-Engagement-Rate</translation>
    </message>
    <message>
        <source>e.g. agency study 2025</source>
        <translation>z. B. Agenturstudie 2025</translation>
    </message>
    <message>
        <source>%1: source of the benchmark</source>
        <translation>%1: Quelle der Benchmark</translation>
    </message>
    <message>
        <source>&amp;Benchmarks for:</source>
        <translation>&amp;Benchmarks für:</translation>
    </message>
    <message>
        <source>Tick “Own benchmark” to give %1 its own figure for a tier; unticked tiers use the figure for all platforms. Thresholds apply to every platform.</source>
        <translation>Setzen Sie „Eigene Benchmark“, um %1 einen eigenen Wert für eine Stufe zu geben; Stufen ohne Häkchen verwenden den Wert für alle Plattformen. Schwellenwerte gelten für jede Plattform.</translation>
    </message>
    <message>
        <source>Each tier starts at the follower count given and ends where the next one starts. The benchmark ER is drawn on the chart and compared with each tier&apos;s median.</source>
        <translation>Jede Stufe beginnt bei der angegebenen Followerzahl und endet, wo die nächste beginnt. Die Benchmark-ER wird im Diagramm gezeichnet und mit dem Median jeder Stufe verglichen.</translation>
    </message>
    <message>
        <source>Not saved yet: %1.</source>
        <translation>Noch nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Tiers, Benchmarks and ER Basis</source>
        <translation>Stufen, Benchmarks und ER-Basis</translation>
    </message>
    <message>
        <source>Engagement rate basis</source>
        <translation>Basis der Engagement-Rate</translation>
    </message>
    <message>
        <source>What a computed ER divides likes + comments + shares by. Changing it recomputes the computed rates; rates reported by a source stay as reported. Without avg views a rate stays by followers.</source>
        <translation>Wodurch eine berechnete ER die Likes + Kommentare + Shares teilt. Eine Änderung berechnet die berechneten Raten neu; von einer Quelle gemeldete Raten bleiben, wie sie gemeldet wurden. Ohne Ø Aufrufe bleibt eine Rate nach Followern berechnet.</translation>
    </message>
    <message>
        <source>By followers</source>
        <translation>Nach Followern</translation>
    </message>
    <message>
        <source>By views</source>
        <translation>Nach Aufrufen</translation>
    </message>
    <message>
        <source>%1: engagement rate basis</source>
        <translation>%1: Basis der Engagement-Rate</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>ER by followers</source>
        <translation>ER nach Followern</translation>
    </message>
    <message>
        <source>ER by views</source>
        <translation>ER nach Aufrufen</translation>
    </message>
    <message>
        <source>Benchmarks are per basis: an ER by views is compared with a benchmark by views</source>
        <translation>Benchmarks gelten je Basis: eine ER nach Aufrufen wird mit einer Benchmark nach Aufrufen verglichen</translation>
    </message>
    <message>
        <source>&amp;on:</source>
        <translation>b&amp;ei:</translation>
    </message>
    <message>
        <source>These benchmarks are for ERs by views: (likes + comments + shares) / avg views.</source>
        <translation>Diese Benchmarks gelten für Engagement-Raten nach Aufrufen: (Likes + Kommentare + Shares) / Ø Aufrufe.</translation>
    </message>
    <message>
        <source>These benchmarks are for ERs by followers and for rates reported by a source.</source>
        <translation>Diese Benchmarks gelten für Engagement-Raten nach Followern und für von einer Quelle gemeldete Raten.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::BudgetPanel</name>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Anteil am Budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <source>committed %1</source>
        <translation>gebunden %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>bezahlt %1</translation>
    </message>
    <message>
        <source>remaining %1</source>
        <translation>verbleibend %1</translation>
    </message>
    <message>
        <source>1 entry in the pipeline has no fee yet and counts as 0.</source>
        <translation>1 Eintrag in der Pipeline hat noch kein Honorar und zählt als 0.</translation>
    </message>
    <message>
        <source>%1 entries in the pipeline have no fee yet and count as 0.</source>
        <translation>%1 Einträge in der Pipeline haben noch kein Honorar und zählen als 0.</translation>
    </message>
    <message>
        <source>Over budget: commitments exceed the budget by %1.</source>
        <translation>Budget überschritten: die Bindungen übersteigen das Budget um %1.</translation>
    </message>
    <message>
        <source>The plan exceeds the budget by %1 (not committed yet).</source>
        <translation>Die Planung übersteigt das Budget um %1 (noch nicht gebunden).</translation>
    </message>
    <message>
        <source>Expected impressions %1 (%2 of %3 entries) · expected engagements %4 (%5 of %3)
CPE %6 · CPM %7</source>
        <translation>Erwartete Impressionen %1 (%2 von %3 Einträgen) · erwartete Engagements %4 (%5 von %3)
CPE %6 · CPM %7</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Default view rates from the workspace settings (used when avg views are unknown): %1</source>
        <translation>Standard-Aufrufraten aus den Einstellungen des Arbeitsbereichs (verwendet, wenn die Ø Aufrufe unbekannt sind): %1</translation>
    </message>
    <message>
        <source>No results yet: enter views, likes and revenue on published deliverables.</source>
        <translation>Noch keine Ergebnisse: tragen Sie Aufrufe, Likes und Umsatz bei veröffentlichten Deliverables ein.</translation>
    </message>
    <message>
        <source>%1 entries measured · views %2 · engagements %3 · revenue %4 on %5 of fees
Actual ER %6 (forecast %7) · actual CPE %8 (forecast %9) · actual CPM %10 (forecast %11) · ROI %12</source>
        <translation>%1 Einträge gemessen · Aufrufe %2 · Engagements %3 · Umsatz %4 bei %5 Honoraren
Tatsächliche ER %6 (Prognose %7) · tatsächlicher CPE %8 (Prognose %9) · tatsächlicher CPM %10 (Prognose %11) · ROI %12</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignBriefForm</name>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Beliebige Stufe</translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation>Beliebige Plattform</translation>
    </message>
    <message>
        <source>&amp;Save Brief</source>
        <translation>Briefing &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>z. B. 12.000</translation>
    </message>
    <message>
        <source>fitness, running (any when empty)</source>
        <translation>Fitness, Laufen (leer: beliebig)</translation>
    </message>
    <message>
        <source>US, GB (any when empty)</source>
        <translation>US, GB (leer: beliebig)</translation>
    </message>
    <message>
        <source>#brand #ad</source>
        <translation>#marke #werbung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Ni&amp;ches</source>
        <translation>Nis&amp;chen</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>Lä&amp;nder</translation>
    </message>
    <message>
        <source>&amp;Key message</source>
        <translation>&amp;Kernbotschaft</translation>
    </message>
    <message>
        <source>&amp;Hashtags</source>
        <translation>&amp;Hashtags</translation>
    </message>
    <message>
        <source>&amp;Disclosure</source>
        <translation>Kenn&amp;zeichnung</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignDocument</name>
    <message>
        <source>(deleted creator)</source>
        <translation>(gelöschter Creator)</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignEditor</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Archive campaign “%1”</source>
        <translation>Kampagne „%1“ archivieren</translation>
    </message>
    <message>
        <source>Restore campaign “%1” from the archive</source>
        <translation>Kampagne „%1“ aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>Edit the brief of “%1”</source>
        <translation>Briefing von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>a creator</source>
        <translation>ein Creator</translation>
    </message>
    <message>
        <source>Remove %1 from the roster</source>
        <translation>%1 aus dem Roster entfernen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit a %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove a %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignListModel</name>
    <message>
        <source>No dates</source>
        <translation>Keine Termine</translation>
    </message>
    <message>
        <source>%1 committed and %2 planned of %3, %4 on the roster</source>
        <translation>%1 gebunden und %2 geplant von %3, %4 im Roster</translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation>Budget um %1 überschritten</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Gebunden</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CampaignsView</name>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Duplicate, archive or delete the campaign</source>
        <translation>Kampagne duplizieren, archivieren oder löschen</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Budget &amp;&amp; Forecast</source>
        <translation>Budget &amp;&amp; Prognose</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Brief saved</source>
        <translation>Briefing gespeichert</translation>
    </message>
    <message>
        <source>&amp;New Campaign</source>
        <translation>&amp;Neue Kampagne</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete Campaign</source>
        <translation>Kampagne &amp;löschen</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Keine Kampagne</translation>
    </message>
    <message>
        <source>Create a campaign with New Campaign, then add creators from Creators or a shortlist.</source>
        <translation>Legen Sie mit „Neue Kampagne“ eine Kampagne an und fügen Sie dann Creator aus „Creator“ oder einer Shortlist hinzu.</translation>
    </message>
    <message>
        <source>%1 on the roster</source>
        <translation>%1 im Roster</translation>
    </message>
    <message>
        <source>over budget by %1</source>
        <translation>Budget um %1 überschritten</translation>
    </message>
    <message>
        <source>Restore from &amp;Archive</source>
        <translation>Aus dem &amp;Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicated as “%1”: stages back to prospect, payments unpaid.</source>
        <translation>Dupliziert als „%1“: Phasen zurück auf Interessent, Zahlungen unbezahlt.</translation>
    </message>
    <message>
        <source>Campaign archived: tick “Show archived” to see it.</source>
        <translation>Kampagne archiviert: setzen Sie „Archivierte anzeigen“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Campaign deleted. Undo with %1 to bring it back.</source>
        <translation>Kampagne gelöscht. Mit %1 holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Added the suggestion to the roster. Undo with %1.</source>
        <translation>Vorschlag zum Roster hinzugefügt. Rückgängig mit %1.</translation>
    </message>
    <message>
        <source>This workspace is read-only: its campaigns cannot change.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt: seine Kampagnen können sich nicht ändern.</translation>
    </message>
    <message>
        <source>Add to Campaign</source>
        <translation>Zu Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>There is no campaign yet: create one on the Campaigns page.</source>
        <translation>Es gibt noch keine Kampagne: legen Sie eine auf der Seite Kampagnen an.</translation>
    </message>
    <message>
        <source>Added %1 to “%2”</source>
        <translation>%1 zu „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>Already on “%1”</source>
        <translation>Bereits in „%1“</translation>
    </message>
    <message>
        <source>All of them are on “%1” already</source>
        <translation>Alle sind bereits in „%1“</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CompareView</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen creators from the comparison</source>
        <translation>Die gewählten Creator aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move R&amp;ight</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Add to &amp;Shortlist…</source>
        <translation>Zu &amp;Shortlist hinzufügen…</translation>
    </message>
    <message>
        <source>Add the chosen creators (or all) to a shortlist</source>
        <translation>Die gewählten Creator (oder alle) einer Shortlist hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Compare holds up to %1 creators: %2 more not added.</source>
        <translation>Der Vergleich fasst bis zu %1 Creator: %2 weitere nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>The chart could not be built: %1</source>
        <translation>Das Diagramm konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Add at least two creators: from the Creators page (Add to Comparison, Ctrl+Shift+M), a shortlist (Open in Compare) or the search box above.</source>
        <translation>Fügen Sie mindestens zwei Creator hinzu: von der Seite Creator (Zum Vergleich hinzufügen, Strg+Umschalt+M), aus einer Shortlist (Im Vergleich öffnen) oder über das Suchfeld oben.</translation>
    </message>
    <message>
        <source>%1 best value in its row · %2 higher is better · %3 lower is better · unknown values never win; fees are compared within one currency.</source>
        <translation>%1 bester Wert seiner Zeile · %2 höher ist besser · %3 niedriger ist besser · unbekannte Werte gewinnen nie; Honorare werden innerhalb einer Währung verglichen.</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>vergleich.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The comparison could not be exported.</source>
        <translation>Der Vergleich konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Exported the comparison to %1</source>
        <translation>Vergleich nach %1 exportiert</translation>
    </message>
    <message>
        <source>Add to Cam&amp;paign…</source>
        <translation>Zu &amp;Kampagne hinzufügen…</translation>
    </message>
    <message>
        <source>Add the chosen creators (or all) to a campaign&apos;s roster</source>
        <translation>Die gewählten Creator (oder alle) dem Roster einer Kampagne hinzufügen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ComparisonModel</name>
    <message>
        <source>Best in this row (%1)</source>
        <translation>Bester Wert dieser Zeile (%1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Ohne Rang</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorDetailPane</name>
    <message>
        <source>Select a creator to see the details.</source>
        <translation>Wählen Sie einen Creator, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Add to shortlist…</source>
        <translation>Zu Shortlist hinzufügen…</translation>
    </message>
    <message>
        <source>Shortlists are coming soon</source>
        <translation>Shortlists kommen bald</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement-Rate</translation>
    </message>
    <message>
        <source>vs tier benchmark</source>
        <translation>ggü. Stufen-Benchmark</translation>
    </message>
    <message>
        <source>Avg likes</source>
        <translation>Ø Likes</translation>
    </message>
    <message>
        <source>Avg comments</source>
        <translation>Ø Kommentare</translation>
    </message>
    <message>
        <source>Avg shares</source>
        <translation>Ø Shares</translation>
    </message>
    <message>
        <source>Avg views</source>
        <translation>Ø Aufrufe</translation>
    </message>
    <message>
        <source>View rate</source>
        <translation>Aufrufrate</translation>
    </message>
    <message>
        <source>avg views / followers</source>
        <translation>Ø Aufrufe / Follower</translation>
    </message>
    <message>
        <source>ER by views</source>
        <translation>ER nach Aufrufen</translation>
    </message>
    <message>
        <source>(avg likes + avg comments + avg shares) / avg views</source>
        <translation>(Ø Likes + Ø Kommentare + Ø Shares) / Ø Aufrufe</translation>
    </message>
    <message>
        <source>Audience and engagement</source>
        <translation>Zielgruppe und Engagement</translation>
    </message>
    <message>
        <source>Fee per post</source>
        <translation>Honorar pro Beitrag</translation>
    </message>
    <message>
        <source>Est. CPE</source>
        <translation>Gesch. CPE</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Authentizität</translation>
    </message>
    <message>
        <source>Share of the audience that looks authentic</source>
        <translation>Anteil der Zielgruppe, der authentisch wirkt</translation>
    </message>
    <message>
        <source>Sponsored posts</source>
        <translation>Gesponserte Beiträge</translation>
    </message>
    <message>
        <source>Share of recent posts that are sponsored</source>
        <translation>Anteil der jüngsten Beiträge, die gesponsert sind</translation>
    </message>
    <message>
        <source>Commercials and quality</source>
        <translation>Konditionen und Qualität</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nischen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Metrics as of</source>
        <translation>Kennzahlen vom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Imported fields</source>
        <translation>Importierte Felder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Your notes about this creator…</source>
        <translation>Ihre Notizen zu diesem Creator…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>avg views / followers = %1 / %2</source>
        <translation>Ø Aufrufe / Follower = %1 / %2</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / avg views = %1 / %2</source>
        <translation>(Likes + Kommentare + Shares) / Ø Aufrufe = %1 / %2</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Add the selected creators to a shortlist (%1)</source>
        <translation>Die ausgewählten Creator einer Shortlist hinzufügen (%1)</translation>
    </message>
    <message>
        <source>(avg likes + avg comments + avg shares) / avg views or / followers, on the workspace&apos;s ER basis for the platform, or the rate reported by the source</source>
        <translation>(Ø Likes + Ø Kommentare + Ø Shares) / Ø Aufrufe oder / Follower, nach der ER-Basis des Arbeitsbereichs für die Plattform, oder die von der Quelle gemeldete Rate</translation>
    </message>
    <message>
        <source>ER minus the benchmark ER of the creator&apos;s tier on the same basis</source>
        <translation>ER minus Benchmark-ER der Stufe des Creators auf derselben Basis</translation>
    </message>
    <message>
        <source>ER by followers</source>
        <translation>ER nach Followern</translation>
    </message>
    <message>
        <source>(avg likes + avg comments + avg shares) / followers</source>
        <translation>(Ø Likes + Ø Kommentare + Ø Shares) / Follower</translation>
    </message>
    <message>
        <source>fee / (followers × ER), or fee / (avg views × ER) for an ER by views: estimated cost per engagement of one post</source>
        <translation>Honorar / (Follower × ER), oder Honorar / (Ø Aufrufe × ER) für eine ER nach Aufrufen: geschätzte Kosten pro Engagement eines Beitrags</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / followers = %1 / %2</source>
        <translation>(Likes + Kommentare + Shares) / Follower = %1 / %2</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorDialog</name>
    <message>
        <source>New Creator</source>
        <translation>Neuer Creator</translation>
    </message>
    <message>
        <source>@handle or profile URL</source>
        <translation>@Handle oder Profil-URL</translation>
    </message>
    <message>
        <source>e.g. 48.7k</source>
        <translation>z. B. 48,7k</translation>
    </message>
    <message>
        <source>computed when empty</source>
        <translation>berechnet, wenn leer</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. US</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>z. B. de</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>per post</source>
        <translation>pro Beitrag</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>&amp;Follower:</translation>
    </message>
    <message>
        <source>Avg &amp;likes:</source>
        <translation>Ø &amp;Likes:</translation>
    </message>
    <message>
        <source>Avg &amp;comments:</source>
        <translation>Ø &amp;Kommentare:</translation>
    </message>
    <message>
        <source>Avg &amp;shares:</source>
        <translation>Ø &amp;Shares:</translation>
    </message>
    <message>
        <source>Avg &amp;views:</source>
        <translation>Ø &amp;Aufrufe:</translation>
    </message>
    <message>
        <source>Reported &amp;ER %:</source>
        <translation>Gemeldete &amp;ER %:</translation>
    </message>
    <message>
        <source>N&amp;iches:</source>
        <translation>N&amp;ischen:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Authenticity %:</source>
        <translation>Au&amp;thentizität %:</translation>
    </message>
    <message>
        <source>Sponso&amp;red %:</source>
        <translation>Gespon&amp;sert %:</translation>
    </message>
    <message>
        <source>F&amp;ee:</source>
        <translation>Hon&amp;orar:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Profile &amp;URL:</source>
        <translation>Profil-&amp;URL:</translation>
    </message>
    <message>
        <source>Metrics as &amp;of:</source>
        <translation>Kennzahlen &amp;vom:</translation>
    </message>
    <message>
        <source>Add Creator</source>
        <translation>Creator hinzufügen</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Edit @%1</source>
        <translation>@%1 bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A creator needs a handle.</source>
        <translation>Ein Creator braucht ein Handle.</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Avg likes</source>
        <translation>Ø Likes</translation>
    </message>
    <message>
        <source>Avg comments</source>
        <translation>Ø Kommentare</translation>
    </message>
    <message>
        <source>Avg shares</source>
        <translation>Ø Shares</translation>
    </message>
    <message>
        <source>Avg views</source>
        <translation>Ø Aufrufe</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more.</source>
        <translation>%1 muss eine Zahl größer oder gleich null sein.</translation>
    </message>
    <message>
        <source>Reported ER</source>
        <translation>Gemeldete ER</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Authentizität</translation>
    </message>
    <message>
        <source>Sponsored</source>
        <translation>Gesponsert</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100.</source>
        <translation>%1 muss ein Prozentwert von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>Country is a two-letter code such as US or GB.</source>
        <translation>Das Land ist ein Code aus zwei Buchstaben wie DE oder AT.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as USD or EUR.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>The metrics date is written YYYY-MM-DD.</source>
        <translation>Das Datum der Kennzahlen wird als JJJJ-MM-TT geschrieben.</translation>
    </message>
    <message>
        <source>The interactions exceed the followers: check the averages.</source>
        <translation>Die Interaktionen übersteigen die Follower: prüfen Sie die Durchschnittswerte.</translation>
    </message>
    <message>
        <source>An engagement rate reported by a source, in percent, kept as it is. When empty, ER = (likes + comments + shares) / avg views or / followers, on the workspace&apos;s basis: %1.</source>
        <translation>Eine von einer Quelle gemeldete Engagement-Rate, in Prozent, unverändert übernommen. Wenn leer: ER = (Likes + Kommentare + Shares) / Ø Aufrufe oder / Follower, nach der Basis des Arbeitsbereichs: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be more than %2.</source>
        <translation>%1 darf nicht größer als %2 sein.</translation>
    </message>
    <message>
        <source>The fee is too large.</source>
        <translation>Das Honorar ist zu hoch.</translation>
    </message>
    <message>
        <source>Notes can be at most %1 characters.</source>
        <translation>Notizen dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorEditor</name>
    <message>
        <source>Tierscope</source>
        <translation>Tierscope</translation>
    </message>
    <message>
        <source>Delete @%1?</source>
        <translation>@%1 löschen?</translation>
    </message>
    <message>
        <source>Delete %L1 creators?</source>
        <translation>%L1 Creator löschen?</translation>
    </message>
    <message>
        <source>Delete Creators</source>
        <translation>Creator löschen</translation>
    </message>
    <message>
        <source>They are also removed from shortlists. You can undo this with Edit › Undo.</source>
        <translation>Sie werden auch aus Shortlists entfernt. Sie können das mit Bearbeiten › Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorFilterPanel</name>
    <message>
        <source>Search handle, name, niche, country, notes…</source>
        <translation>Handle, Name, Nische, Land, Notizen suchen…</translation>
    </message>
    <message>
        <source>Show %1 creators (none checked: all platforms)</source>
        <translation>%1-Creator anzeigen (keine angehakt: alle Plattformen)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>At least this many followers (10k, 1.5M)</source>
        <translation>Mindestens so viele Follower (10k, 1.5M)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>At most this many followers</source>
        <translation>Höchstens so viele Follower</translation>
    </message>
    <message>
        <source>Engagement rate at least, in percent</source>
        <translation>Engagement-Rate mindestens, in Prozent</translation>
    </message>
    <message>
        <source>Engagement rate at most, in percent</source>
        <translation>Engagement-Rate höchstens, in Prozent</translation>
    </message>
    <message>
        <source>Typical fee per post at least (in the creator&apos;s currency)</source>
        <translation>Übliches Honorar pro Beitrag mindestens (in der Währung des Creators)</translation>
    </message>
    <message>
        <source>Typical fee per post at most (in the creator&apos;s currency)</source>
        <translation>Übliches Honorar pro Beitrag höchstens (in der Währung des Creators)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Audience authenticity at least, in percent</source>
        <translation>Authentizität der Zielgruppe mindestens, in Prozent</translation>
    </message>
    <message>
        <source>Share of sponsored posts at most, in percent</source>
        <translation>Anteil gesponserter Beiträge höchstens, in Prozent</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>ER %</source>
        <translation>ER %</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Authenticity ≥ %</source>
        <translation>Authentizität ≥ %</translation>
    </message>
    <message>
        <source>Sponsored ≤ %</source>
        <translation>Gesponsert ≤ %</translation>
    </message>
    <message>
        <source>any, e.g. vegan, fitness</source>
        <translation>beliebig, z. B. vegan, Fitness</translation>
    </message>
    <message>
        <source>Creators with any of these niches (comma-separated)</source>
        <translation>Creator mit einer dieser Nischen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nischen</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Beliebiges Land</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Beliebige Sprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every creator</source>
        <translation>Alle Creator anzeigen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>1 creator</source>
        <translation>1 Creator</translation>
    </message>
    <message>
        <source>%1 creators</source>
        <translation>%1 Creator</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
    <message>
        <source>Hide flagged creators</source>
        <translation>Markierte Creator ausblenden</translation>
    </message>
    <message>
        <source>Leave out creators with a data-quality flag (⚑), such as engagement above the follower count</source>
        <translation>Creator mit einer Markierung zur Datenqualität (⚑) auslassen, etwa bei Engagement über der Followerzahl</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorSearchBox</name>
    <message>
        <source>Add a creator: type a handle, name or niche…</source>
        <translation>Creator hinzufügen: Handle, Name oder Nische eingeben…</translation>
    </message>
    <message>
        <source>@%1 · %2 · %3 followers</source>
        <translation>@%1 · %2 · %3 Follower</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CreatorsView</name>
    <message>
        <source>Cannot Read Creators</source>
        <translation>Creator können nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;New Creator…</source>
        <translation>&amp;Neuer Creator…</translation>
    </message>
    <message>
        <source>&amp;Edit Creator…</source>
        <translation>Creator &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Creator…</source>
        <translation>Creator &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Copy Handles</source>
        <translation>Handles &amp;kopieren</translation>
    </message>
    <message>
        <source>Add to &amp;Shortlist…</source>
        <translation>Zu &amp;Shortlist hinzufügen…</translation>
    </message>
    <message>
        <source>Add to Co&amp;mparison</source>
        <translation>Zum &amp;Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Add to Cam&amp;paign…</source>
        <translation>Zu &amp;Kampagne hinzufügen…</translation>
    </message>
    <message>
        <source>Available once the view exists</source>
        <translation>Verfügbar, sobald die Ansicht existiert</translation>
    </message>
    <message>
        <source>Too Many Creators Selected</source>
        <translation>Zu viele Creator ausgewählt</translation>
    </message>
    <message>
        <source>Select at most %L1 creators for this.</source>
        <translation>Wählen Sie dafür höchstens %L1 Creator aus.</translation>
    </message>
    <message>
        <source>Narrow the filters to find the ones you want.</source>
        <translation>Grenzen Sie die Filter ein, um die gewünschten zu finden.</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CsvExportFlow</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the creators the filters show, or all of them, to a CSV file</source>
        <translation>Die Creator, die die Filter zeigen, oder alle in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>%1-creators.csv</source>
        <translation>%1-creator.csv</translation>
    </message>
    <message>
        <source>Export Creators to CSV</source>
        <translation>Creator als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Exportiere nach „%1“…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting to “%1”… %2 of %3 creators</source>
        <translation>Exportiere nach „%1“… %2 von %3 Creatorn</translation>
    </message>
    <message>
        <source>Exporting to “%1”… %2 creators</source>
        <translation>Exportiere nach „%1“… %2 Creator</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln creator(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Creator nach „%1“ exportiert.</numerusform>
            <numerusform>%Ln Creator nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The creators could not be exported to “%1”.</source>
        <translation>Die Creator konnten nicht nach „%1“ exportiert werden.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::CsvImportFlow</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import creators from a CSV file (or drop the file on the window)</source>
        <translation>Creator aus einer CSV-Datei importieren (oder die Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Import Creators from CSV</source>
        <translation>Creator aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Saving %L1 rows from “%2”…</source>
        <translation>Speichere %L1 Zeilen aus „%2“…</translation>
    </message>
    <message>
        <source>Importing “%1”… %2 rows read</source>
        <translation>Importiere „%1“… %2 Zeilen gelesen</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”; the workspace is unchanged.</source>
        <translation>Aus „%1“ wurde nichts importiert; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Reading how “%1” writes its numbers… %2 rows read</source>
        <translation>Prüfe, wie „%1“ Zahlen schreibt… %2 Zeilen gelesen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::DecimalQuestionPanel</name>
    <message>
        <source>Column %1 only has values such as %2: is that %3 or %4?</source>
        <translation>Spalte %1 enthält nur Werte wie %2: ist das %3 oder %4?</translation>
    </message>
    <message>
        <source>%1 (%2 groups thousands, as in 1.234,5)</source>
        <translation>%1 (%2 trennt Tausender, wie in 1.234,5)</translation>
    </message>
    <message>
        <source>%1 (%2 is a decimal comma, as in 1.234,5)</source>
        <translation>%1 (%2 ist ein Dezimalkomma, wie in 1.234,5)</translation>
    </message>
    <message>
        <source>%1 (%2 is a decimal point, as in 1,234.5)</source>
        <translation>%1 (%2 ist ein Dezimalpunkt, wie in 1,234.5)</translation>
    </message>
    <message>
        <source>%1 (%2 groups thousands, as in 1,234.5)</source>
        <translation>%1 (%2 trennt Tausender, wie in 1,234.5)</translation>
    </message>
    <message>
        <source>Column %1 does not show which mark separates its decimals: how does it write numbers?</source>
        <translation>Spalte %1 zeigt nicht, welches Zeichen ihre Dezimalstellen abtrennt: wie schreibt sie Zahlen?</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,5)</source>
        <translation>Dezimalkomma (1.234,5)</translation>
    </message>
    <message>
        <source>Decimal point (1,234.5)</source>
        <translation>Dezimalpunkt (1,234.5)</translation>
    </message>
    <message>
        <source>Several columns do not show their decimal mark. For all of them:</source>
        <translation>Mehrere Spalten zeigen ihr Dezimaltrennzeichen nicht. Für alle:</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::DeliverableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Due %1 and not published: %2</source>
        <translation>Fällig am %1 und nicht veröffentlicht: %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>“%1” is not a count (a whole number, 0 or more).</source>
        <translation>„%1“ ist keine Anzahl (eine ganze Zahl, 0 oder mehr).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::DeliverablesPane</name>
    <message>
        <source>&amp;Add Deliverable</source>
        <translation>Deliverable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Deliverables: choose a creator on the roster</source>
        <translation>Deliverables: wählen Sie einen Creator im Roster</translation>
    </message>
    <message>
        <source>Deliverables of %1</source>
        <translation>Deliverables von %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Import &amp;Results…</source>
        <translation>&amp;Ergebnisse importieren…</translation>
    </message>
    <message>
        <source>Read views, likes, clicks, revenue … of the campaign&apos;s deliverables from a CSV sheet</source>
        <translation>Aufrufe, Likes, Klicks, Umsatz … der Deliverables der Kampagne aus einer CSV-Tabelle einlesen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::EmptyWorkspacePage</name>
    <message>
        <source>Your workspace is empty</source>
        <translation>Ihr Arbeitsbereich ist leer</translation>
    </message>
    <message>
        <source>Bring in the creators you track — a CSV export from a spreadsheet or an influencer tool works — or explore Tierscope with a realistic sample of creators, shortlists and campaigns.</source>
        <translation>Holen Sie die Creator herein, die Sie verfolgen – ein CSV-Export aus einer Tabellenkalkulation oder einem Influencer-Tool genügt – oder erkunden Sie Tierscope mit einer realistischen Auswahl an Creatorn, Shortlists und Kampagnen.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Create Sample Workspace</source>
        <translation>Beispiel-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>The sample has %L1 creators on Instagram, TikTok and YouTube, two shortlists and two campaigns.</source>
        <translation>Das Beispiel enthält %L1 Creator auf Instagram, TikTok und YouTube, zwei Shortlists und zwei Kampagnen.</translation>
    </message>
    <message>
        <source>CSV import is coming soon</source>
        <translation>CSV-Import kommt bald</translation>
    </message>
    <message>
        <source>The workspace is read-only</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ExportCsvDialog</name>
    <message>
        <source>Start the file with a &amp;byte-order mark (for Excel)</source>
        <translation>Datei mit &amp;Byte-Order-Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <source>Export Creators to CSV</source>
        <translation>Creator als CSV exportieren</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>zähle…</translation>
    </message>
    <message>
        <source>The creators the current &amp;filters show (%1)</source>
        <translation>Die Creator, die die aktuellen &amp;Filter zeigen (%1)</translation>
    </message>
    <message>
        <source>&amp;All creators in the workspace (%1)</source>
        <translation>&amp;Alle Creator im Arbeitsbereich (%1)</translation>
    </message>
    <message>
        <source>Some spreadsheets need it to read accented letters correctly</source>
        <translation>Manche Tabellenkalkulationen brauchen sie, um Umlaute und Akzente richtig zu lesen</translation>
    </message>
    <message>
        <source>Export which creators?</source>
        <translation>Welche Creator exportieren?</translation>
    </message>
    <message>
        <source>The file is UTF-8 CSV with one row per creator; Tierscope imports it back to the same creators.</source>
        <translation>Die Datei ist UTF-8-CSV mit einer Zeile pro Creator; Tierscope importiert sie wieder zu denselben Creatorn.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ExportJob</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you may write to.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::FillBudgetDialog</name>
    <message>
        <source>Any tier</source>
        <translation>Beliebige Stufe</translation>
    </message>
    <message>
        <source>No tier-mix rule</source>
        <translation>Keine Stufenmix-Regel</translation>
    </message>
    <message>
        <source>Fill the Budget — %1</source>
        <translation>Budget ausschöpfen — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expected engagements</source>
        <translation>Erwartete Engagements</translation>
    </message>
    <message>
        <source>Expected impressions</source>
        <translation>Erwartete Impressionen</translation>
    </message>
    <message>
        <source> per creator</source>
        <translation> pro Creator</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <source>Candidates from</source>
        <translation>Kandidaten aus</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Maximieren</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Spend up to</source>
        <translation>Ausgeben bis zu</translation>
    </message>
    <message>
        <source>Tiers allowed</source>
        <translation>Erlaubte Stufen</translation>
    </message>
    <message>
        <source>of the spend on</source>
        <translation>der Ausgaben für</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>Stufenmix</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Kosten pro Einheit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Add to Roster</source>
        <translation>Zum Roster hinzufügen</translation>
    </message>
    <message>
        <source>There are no shortlists yet: build one from the Creators page first.</source>
        <translation>Es gibt noch keine Shortlists: legen Sie zuerst eine auf der Seite Creator an.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>Suggests %1 for %2 of %3: %4 expected %5.</source>
        <translation>Schlägt %1 für %2 von %3 vor: %4 erwartete %5.</translation>
    </message>
    <message>
        <source>%1 of the spend on the tier-mix tiers (at least %2 % asked).</source>
        <translation>%1 der Ausgaben für die Stufen des Stufenmix (mindestens %2 % verlangt).</translation>
    </message>
    <message>
        <source>%1 of %2 candidates could be used.</source>
        <translation>%1 von %2 Kandidaten konnten verwendet werden.</translation>
    </message>
    <message>
        <source>Approximate: fees were rounded up to steps of %1 to keep the search small.</source>
        <translation>Näherungsweise: Honorare wurden auf Stufen von %1 aufgerundet, um die Suche klein zu halten.</translation>
    </message>
    <message>
        <source>Add %1 to Roster</source>
        <translation>%1 zum Roster hinzufügen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ImportDialog</name>
    <message>
        <source>Import Creators from CSV</source>
        <translation>Creator aus CSV importieren</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>None: each row says</source>
        <translation>Keine: jede Zeile gibt sie an</translation>
    </message>
    <message>
        <source>Update them with the values in the file</source>
        <translation>Mit den Werten aus der Datei aktualisieren</translation>
    </message>
    <message>
        <source>Skip those rows and keep the creators as they are</source>
        <translation>Diese Zeilen überspringen und die Creator unverändert lassen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Platform of rows without one:</source>
        <translation>&amp;Plattform für Zeilen ohne Angabe:</translation>
    </message>
    <message>
        <source>Creators already in the &amp;workspace:</source>
        <translation>Creator, die schon im &amp;Arbeitsbereich sind:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Wählen Sie eine CSV-Datei zum Importieren.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Show the cells as &amp;written in the file</source>
        <translation>Zellen so anzeigen, wie sie in der Datei &amp;geschrieben sind</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234,5</source>
        <translation>Dezimalkomma: 1.234,5</translation>
    </message>
    <message>
        <source>Decimal point: 1,234.5</source>
        <translation>Dezimalpunkt: 1,234.5</translation>
    </message>
    <message>
        <source>How the file writes numbers whose columns do not show it, such as “1.200”. Columns whose values show their decimal mark (“12,5”, “1,234.5”) are read as they show.</source>
        <translation>Wie die Datei Zahlen schreibt, deren Spalten es nicht erkennen lassen, etwa „1.200“. Spalten, deren Werte ihr Dezimaltrennzeichen zeigen („12,5“, „1,234.5“), werden so gelesen, wie sie es zeigen.</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Zahlen:</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored. Check what each column fills, and change it in the list above the column. Cells marked ⚠ cannot be read and are left unknown; refused rows are in italics. Point at a cell or a header for details.</source>
        <translation>Die ersten Zeilen der Datei, wie sie gespeichert werden. Prüfen Sie, was jede Spalte füllt, und ändern Sie es in der Liste über der Spalte. Mit ⚠ markierte Zellen können nicht gelesen werden und bleiben unbekannt; abgewiesene Zeilen sind kursiv. Zeigen Sie auf eine Zelle oder eine Überschrift, um Details zu sehen.</translation>
    </message>
    <message>
        <source>The file does not say which platform its creators are on: it has no platform column and no profile URLs. Choose the platform of its rows above, or map a column to Platform.</source>
        <translation>Die Datei gibt nicht an, auf welcher Plattform ihre Creator sind: sie hat keine Plattformspalte und keine Profil-URLs. Wählen Sie oben die Plattform ihrer Zeilen oder ordnen Sie eine Spalte dem Feld Plattform zu.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) do not show how they write decimals (%1): answer the question above the table, or choose how the file writes numbers.</source>
        <translation>
            <numerusform>%n Spalte zeigt nicht, wie sie Dezimalstellen schreibt (%1): beantworten Sie die Frage über der Tabelle oder wählen Sie, wie die Datei Zahlen schreibt.</numerusform>
            <numerusform>%n Spalten zeigen nicht, wie sie Dezimalstellen schreiben (%1): beantworten Sie die Frage über der Tabelle oder wählen Sie, wie die Datei Zahlen schreibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the platform…</source>
        <translation>Plattform wählen…</translation>
    </message>
    <message>
        <source>How the columns write their numbers is read here from the first %1 rows; the import reads it from every row.</source>
        <translation>Wie die Spalten ihre Zahlen schreiben, wird hier aus den ersten %1 Zeilen ermittelt; der Import ermittelt es aus allen Zeilen.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ImportJob</name>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ImportMappingModel</name>
    <message>
        <source>What the column “%1” fills</source>
        <translation>Was die Spalte „%1“ füllt</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Column %1 of the file: “%2”</source>
        <translation>Spalte %1 der Datei: „%2“</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Choose what each column fills</source>
        <translation>Wählen Sie, was jede Spalte füllt</translation>
    </message>
    <message>
        <source>This row is refused: %1</source>
        <translation>Diese Zeile wird abgewiesen: %1</translation>
    </message>
    <message>
        <source>Left unknown: %1
The creator is imported without this field.</source>
        <translation>Bleibt unbekannt: %1
Der Creator wird ohne dieses Feld importiert.</translation>
    </message>
    <message>
        <source>In the file: %1
Stored as: %2</source>
        <translation>In der Datei: %1
Gespeichert als: %2</translation>
    </message>
    <message>
        <source>The file gives no rate here: it is computed from the likes, comments and shares.</source>
        <translation>Die Datei gibt hier keine Rate an: sie wird aus den Likes, Kommentaren und Shares berechnet.</translation>
    </message>
    <message>
        <source>Read as your language settings write numbers until you answer how this column writes them (above the table).</source>
        <translation>Gelesen, wie Ihre Spracheinstellungen Zahlen schreiben, bis Sie beantworten, wie diese Spalte sie schreibt (über der Tabelle).</translation>
    </message>
    <message>
        <source>Line %1 of the file is refused: %2</source>
        <translation>Zeile %1 der Datei wird abgewiesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 of the file: imported, with %n cell(s) left unknown</source>
        <translation>
            <numerusform>Zeile %1 der Datei: importiert, %n Zelle bleibt unbekannt</numerusform>
            <numerusform>Zeile %1 der Datei: importiert, %n Zellen bleiben unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>“%1” is imported.</source>
        <translation>„%1“ ist importiert.</translation>
    </message>
    <message>
        <source>“%1” is imported, except the rejected rows.</source>
        <translation>„%1“ ist importiert, bis auf die abgewiesenen Zeilen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Already in the workspace and left as they were</source>
        <translation>Bereits im Arbeitsbereich und unverändert gelassen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Not imported: see the reasons below</source>
        <translation>Nicht importiert: siehe die Gründe unten</translation>
    </message>
    <message>
        <source>of %1 rows read</source>
        <translation>von %1 gelesenen Zeilen</translation>
    </message>
    <message>
        <source>Rejected rows (not imported):</source>
        <translation>Abgewiesene Zeilen (nicht importiert):</translation>
    </message>
    <message>
        <source>Rejected rows (not imported); the first %1 of %2 are listed:</source>
        <translation>Abgewiesene Zeilen (nicht importiert); die ersten %1 von %2 sind aufgeführt:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>Abgewiesene Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Import of “%1”: %2 rows read, %3 new, %4 updated, %5 skipped, %6 rejected.</source>
        <translation>Import von „%1“: %2 Zeilen gelesen, %3 neu, %4 aktualisiert, %5 übersprungen, %6 abgewiesen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgewiesene Zeilen speichern</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-abgewiesen</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cells left unknown</source>
        <translation>Unbekannt gebliebene Zellen</translation>
    </message>
    <message>
        <source>Cells that could not be read: their creators were imported without those fields (listed below)</source>
        <translation>Zellen, die nicht gelesen werden konnten: ihre Creator wurden ohne diese Felder importiert (unten aufgeführt)</translation>
    </message>
    <message>
        <source>How the file was read:</source>
        <translation>So wurde die Datei gelesen:</translation>
    </message>
    <message>
        <source>To check, by line: rows refused (not imported), fields left unknown (the creator was imported without them) and rows that repeat a creator:</source>
        <translation>Zu prüfen, nach Zeile: abgewiesene Zeilen (nicht importiert), unbekannt gebliebene Felder (der Creator wurde ohne sie importiert) und Zeilen, die einen Creator wiederholen:</translation>
    </message>
    <message>
        <source>The first %1 of each kind are listed.</source>
        <translation>Von jeder Art sind die ersten %1 aufgeführt.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>Liste &amp;speichern…</translation>
    </message>
    <message>
        <source>Column %1 does not show its decimal mark; it was read as the language settings write numbers.</source>
        <translation>Spalte %1 zeigt ihr Dezimaltrennzeichen nicht; sie wurde so gelesen, wie die Spracheinstellungen Zahlen schreiben.</translation>
    </message>
    <message>
        <source>Not settled by the file: %1</source>
        <translation>Von der Datei nicht geklärt: %1</translation>
    </message>
    <message>
        <source>line %1 repeats @%2 from line %3</source>
        <translation>Zeile %1 wiederholt @%2 aus Zeile %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat a creator from earlier in the file (%1); the earlier values were kept.</source>
        <translation>
            <numerusform>%n Zeile wiederholt einen Creator von weiter oben in der Datei (%1); die früheren Werte wurden behalten.</numerusform>
            <numerusform>%n Zeilen wiederholen einen Creator von weiter oben in der Datei (%1); die früheren Werte wurden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat a creator from earlier in the file (%1); the later values were kept.</source>
        <translation>
            <numerusform>%n Zeile wiederholt einen Creator von weiter oben in der Datei (%1); die späteren Werte wurden übernommen.</numerusform>
            <numerusform>%n Zeilen wiederholen einen Creator von weiter oben in der Datei (%1); die späteren Werte wurden übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) have more interactions than followers (real on video platforms): imported and flagged.</source>
        <translation>
            <numerusform>%n Creator hat mehr Interaktionen als Follower (auf Videoplattformen realistisch): importiert und markiert.</numerusform>
            <numerusform>%n Creator haben mehr Interaktionen als Follower (auf Videoplattformen realistisch): importiert und markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>was geschah</translation>
    </message>
    <message>
        <source>%1 cells left unknown.</source>
        <translation>%1 Zellen blieben unbekannt.</translation>
    </message>
    <message>
        <source>Save the List</source>
        <translation>Liste speichern</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::InsightsView</name>
    <message>
        <source>&amp;Whole workspace</source>
        <translation>&amp;Ganzer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Creators’ current &amp;filter</source>
        <translation>Aktueller &amp;Filter der Creator</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Reading the creators…</source>
        <translation>Lese die Creator…</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>The workspace settings could not be read: %1</source>
        <translation>Die Einstellungen des Arbeitsbereichs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The chart could not be built: %1</source>
        <translation>Das Diagramm konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Creators’ current filter</source>
        <translation>Aktueller Filter der Creator</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Ganzer Arbeitsbereich</translation>
    </message>
    <message>
        <source>(no filter set: every creator)</source>
        <translation>(kein Filter gesetzt: alle Creator)</translation>
    </message>
    <message>
        <source>1 creator</source>
        <translation>1 Creator</translation>
    </message>
    <message>
        <source>%1 creators</source>
        <translation>%1 Creator</translation>
    </message>
    <message>
        <source>%1 without a follower count (no tier)</source>
        <translation>%1 ohne Followerzahl (keine Stufe)</translation>
    </message>
    <message>
        <source>Tiers and Benchmarks</source>
        <translation>Stufen und Benchmarks</translation>
    </message>
    <message>
        <source>The tiers and benchmarks could not be saved.</source>
        <translation>Die Stufen und Benchmarks konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Edit Tiers, Benchmarks and ER &amp;Basis…</source>
        <translation>Stufen, Benchmarks und ER-&amp;Basis bearbeiten…</translation>
    </message>
    <message>
        <source>ER Basis</source>
        <translation>ER-Basis</translation>
    </message>
    <message>
        <source>The engagement rate basis could not be changed.</source>
        <translation>Die Basis der Engagement-Rate konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Edit Tiers, Benchmarks and ER Basis</source>
        <translation>Stufen, Benchmarks und ER-Basis bearbeiten</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>&amp;Filter anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tierscope</source>
        <translation>&amp;Über Tierscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Upgraded the workspace; the previous version was kept as %1</source>
        <translation>Der Arbeitsbereich wurde aktualisiert; die vorige Version wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>That creator is not among the rows of the Creators page&apos;s current filter.</source>
        <translation>Dieser Creator gehört nicht zu den Zeilen des aktuellen Filters der Seite Creator.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>zähle…</translation>
    </message>
    <message>
        <source>%1 creators · %2 shown</source>
        <translation>%1 Creator · %2 angezeigt</translation>
    </message>
    <message>
        <source>Creating %L1 sample creators…</source>
        <translation>Erzeuge %L1 Beispiel-Creator…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sample Workspace</source>
        <translation>Beispiel-Arbeitsbereich</translation>
    </message>
    <message>
        <source>The sample data could not be written.</source>
        <translation>Die Beispieldaten konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Tierscope workspaces (*.tierscope)</source>
        <translation>Tierscope-Arbeitsbereiche (*.tierscope)</translation>
    </message>
    <message>
        <source>“%1” exists already.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another name, or open it with File › Open Workspace.</source>
        <translation>Wählen Sie einen anderen Namen oder öffnen Sie ihn mit Datei › Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Tierscope workspaces (*.tierscope);;All files (*)</source>
        <translation>Tierscope-Arbeitsbereiche (*.tierscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Tierscope</source>
        <translation>Über Tierscope</translation>
    </message>
    <message>
        <source>Read-Only Workspace</source>
        <translation>Schreibgeschützter Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open it read-only to look at it and export from it?</source>
        <translation>Schreibgeschützt öffnen, um ihn anzusehen und daraus zu exportieren?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::MultiSelectButton</name>
    <message>
        <source>%1, %2 +%3</source>
        <translation>%1, %2 +%3</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::NavigationSidebar</name>
    <message>
        <source>%1 — %2. Drop creators here to add them.</source>
        <translation>%1 — %2. Creator hierher ziehen, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Shortlists</source>
        <translation>Shortlists</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::PlaceholderPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Kommt bald</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No Recent Workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RejectedRowsModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>repeats @%1 from line %2; this row was skipped</source>
        <translation>wiederholt @%1 aus Zeile %2; diese Zeile wurde übersprungen</translation>
    </message>
    <message>
        <source>repeats @%1 from line %2; the later values were kept</source>
        <translation>wiederholt @%1 aus Zeile %2; die späteren Werte wurden übernommen</translation>
    </message>
    <message>
        <source>repeats @%1 from an earlier line; this row was skipped</source>
        <translation>wiederholt @%1 aus einer früheren Zeile; diese Zeile wurde übersprungen</translation>
    </message>
    <message>
        <source>repeats @%1 from an earlier line; the later values were kept</source>
        <translation>wiederholt @%1 aus einer früheren Zeile; die späteren Werte wurden übernommen</translation>
    </message>
    <message>
        <source>row refused</source>
        <translation>Zeile abgewiesen</translation>
    </message>
    <message>
        <source>field left unknown</source>
        <translation>Feld unbekannt geblieben</translation>
    </message>
    <message>
        <source>repeats a row</source>
        <translation>wiederholt eine Zeile</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ReportFlow</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Save the current campaign plan, shortlist or comparison as a PDF document</source>
        <translation>Den aktuellen Kampagnenplan, die Shortlist oder den Vergleich als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Preview and print the current campaign plan, shortlist or comparison</source>
        <translation>Den aktuellen Kampagnenplan, die Shortlist oder den Vergleich ansehen und drucken</translation>
    </message>
    <message>
        <source>Creator comparison</source>
        <translation>Creator-Vergleich</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Choose a campaign on the Campaigns page, a shortlist on the Shortlists page, or two or more creators on the Compare page.</source>
        <translation>Wählen Sie eine Kampagne auf der Seite Kampagnen, eine Shortlist auf der Seite Shortlists oder zwei oder mehr Creator auf der Seite Vergleich.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Lese die Daten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing page 1 of %1…</source>
        <translation>Schreibe Seite 1 von %1…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Schreibe Seite %1 von %2…</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preview Failed</source>
        <translation>Vorschau fehlgeschlagen</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>Das Dokument konnte nicht vorbereitet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported “%1” (%n page(s)).</source>
        <translation>
            <numerusform>„%1“ exportiert (%n Seite).</numerusform>
            <numerusform>„%1“ exportiert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Preview</source>
        <translation>Nichts für die Vorschau</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF auf A4-Papier (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF auf US-Letter-Papier (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup of “%1” to restore. The workspace is replaced by the backup; the current file is kept beside it as “%1.before-restore-…”, so nothing is lost.</source>
        <translation>Wählen Sie eine Sicherung von „%1“ zum Wiederherstellen. Der Arbeitsbereich wird durch die Sicherung ersetzt; die aktuelle Datei wird daneben als „%1.before-restore-…“ aufbewahrt, sodass nichts verloren geht.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>There are no backups of “%1” yet. Make one with File › Back Up Now, or turn on the daily backup in File › Backup Settings.</source>
        <translation>Es gibt noch keine Sicherungen von „%1“. Erstellen Sie eine mit Datei › Jetzt sichern oder schalten Sie die tägliche Sicherung unter Datei › Sicherungseinstellungen ein.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ResultsBars</name>
    <message>
        <source>Forecast against actual per creator</source>
        <translation>Prognose gegen Ist-Werte je Creator</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Forecast: %1 %2 for %3 deliverables</source>
        <translation>Prognose: %1 %2 für %3 Deliverables</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prognose: %1</translation>
    </message>
    <message>
        <source>Actual to date: %1 %2 from %3 of %4 deliverables</source>
        <translation>Bisher tatsächlich: %1 %2 aus %3 von %4 Deliverables</translation>
    </message>
    <message>
        <source>Forecast for those deliverables: %1 (actual %2 of it)</source>
        <translation>Prognose für diese Deliverables: %1 (tatsächlich %2 davon)</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ResultsChart</name>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Impressions and views</source>
        <translation>Impressionen und Aufrufe</translation>
    </message>
    <message>
        <source>Expected engagements against likes + comments + shares, or expected impressions against views</source>
        <translation>Erwartete Engagements gegen Likes + Kommentare + Shares oder erwartete Impressionen gegen Aufrufe</translation>
    </message>
    <message>
        <source>Roster order</source>
        <translation>Reihenfolge im Roster</translation>
    </message>
    <message>
        <source>Largest forecast first</source>
        <translation>Größte Prognose zuerst</translation>
    </message>
    <message>
        <source>Largest result first</source>
        <translation>Größtes Ergebnis zuerst</translation>
    </message>
    <message>
        <source>Furthest below forecast first</source>
        <translation>Am weitesten unter der Prognose zuerst</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sortieren:</translation>
    </message>
    <message>
        <source>Forecast engagements</source>
        <translation>Prognostizierte Engagements</translation>
    </message>
    <message>
        <source>Forecast impressions</source>
        <translation>Prognostizierte Impressionen</translation>
    </message>
    <message>
        <source>Actual engagements to date</source>
        <translation>Bisherige tatsächliche Engagements</translation>
    </message>
    <message>
        <source>Actual views to date</source>
        <translation>Bisherige tatsächliche Aufrufe</translation>
    </message>
    <message>
        <source>Add creators to the roster to set their forecast beside their results.</source>
        <translation>Fügen Sie dem Roster Creator hinzu, um ihre Prognose neben ihre Ergebnisse zu stellen.</translation>
    </message>
    <message>
        <source>No entry has a forecast or results yet: plan deliverables on the roster.</source>
        <translation>Noch kein Eintrag hat eine Prognose oder Ergebnisse: planen Sie Deliverables im Roster.</translation>
    </message>
    <message>
        <source>%1 engagements to date against %2 forecast for the same deliverables (%3)</source>
        <translation>Bisher %1 Engagements gegen eine Prognose von %2 für dieselben Deliverables (%3)</translation>
    </message>
    <message>
        <source>%1 views to date against %2 impressions forecast for the same deliverables (%3)</source>
        <translation>Bisher %1 Aufrufe gegen eine Prognose von %2 Impressionen für dieselben Deliverables (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 entries with results</source>
        <translation>%1 von %2 Einträgen mit Ergebnissen</translation>
    </message>
    <message>
        <source>1 entry without a forecast or results not shown</source>
        <translation>1 Eintrag ohne Prognose oder Ergebnisse nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 entries without a forecast or results not shown</source>
        <translation>%1 Einträge ohne Prognose oder Ergebnisse nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ResultsImportDialog</name>
    <message>
        <source>Import Results into “%1”</source>
        <translation>Ergebnisse in „%1“ importieren</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Each row finds its deliverable by its deliverable ID, else by a post URL the deliverable already has, else by the creator&apos;s handle (with the platform and the kind when the creator has several deliverables). Empty cells leave the results as they are. Check what each column fills, and change it in the list above the column:</source>
        <translation>Jede Zeile findet ihr Deliverable über die Deliverable-ID, sonst über eine Beitrags-URL, die das Deliverable bereits hat, sonst über das Handle des Creators (mit Plattform und Art, wenn der Creator mehrere Deliverables hat). Leere Zellen lassen die Ergebnisse unverändert. Prüfen Sie, was jede Spalte füllt, und ändern Sie es in der Liste über der Spalte:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (1 row shown)</source>
        <translation>%1 (1 Zeile angezeigt)</translation>
    </message>
    <message>
        <source>%1 (%2 rows shown)</source>
        <translation>%1 (%2 Zeilen angezeigt)</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Wählen Sie zuerst eine Kampagne.</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Choose the CSV file with the campaign&apos;s results.</source>
        <translation>Wählen Sie die CSV-Datei mit den Ergebnissen der Kampagne.</translation>
    </message>
    <message>
        <source>Import results from “%1”</source>
        <translation>Ergebnisse aus „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RosterCardDelegate</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RosterModel</name>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 überfällig)</translation>
    </message>
    <message>
        <source>Followers × the platform&apos;s default view rate (avg views unknown) × %1 deliverables</source>
        <translation>Follower × Standard-Aufrufrate der Plattform (Ø Aufrufe unbekannt) × %1 Deliverables</translation>
    </message>
    <message>
        <source>Avg views × %1 deliverables</source>
        <translation>Ø Aufrufe × %1 Deliverables</translation>
    </message>
    <message>
        <source>Needs deliverables and followers</source>
        <translation>Benötigt Deliverables und Follower</translation>
    </message>
    <message>
        <source>Followers × ER × deliverables</source>
        <translation>Follower × ER × Deliverables</translation>
    </message>
    <message>
        <source>Fee ÷ expected engagements</source>
        <translation>Honorar ÷ erwartete Engagements</translation>
    </message>
    <message>
        <source>Fee ÷ expected impressions × 1,000</source>
        <translation>Honorar ÷ erwartete Impressionen × 1.000</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>Set the fee of %1</source>
        <translation>Honorar von %1 festlegen</translation>
    </message>
    <message>
        <source>Edit the usage rights of %1</source>
        <translation>Nutzungsrechte von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit the contact of %1</source>
        <translation>Kontakt von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit the notes on %1</source>
        <translation>Notizen zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>ER</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>Exp. impressions</source>
        <translation>Erw. Impressionen</translation>
    </message>
    <message>
        <source>Exp. engagements</source>
        <translation>Erw. Engagements</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Actual ER</source>
        <translation>Tatsächliche ER</translation>
    </message>
    <message>
        <source>Actual CPE</source>
        <translation>Tatsächlicher CPE</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>Nutzungsrechte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::RosterPane</name>
    <message>
        <source>Pipeline &amp;Board</source>
        <translation>Pipeline-&amp;Board</translation>
    </message>
    <message>
        <source>Show the roster as a board, one column per stage</source>
        <translation>Das Roster als Board zeigen, eine Spalte pro Phase</translation>
    </message>
    <message>
        <source>&amp;Remove from Roster</source>
        <translation>Aus dem Roster &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Fill the Budget…</source>
        <translation>Budget &amp;ausschöpfen…</translation>
    </message>
    <message>
        <source>Suggest creators from a shortlist that fit the money left</source>
        <translation>Creator aus einer Shortlist vorschlagen, die zum verbleibenden Geld passen</translation>
    </message>
    <message>
        <source>Drag creators here from Creators or a shortlist</source>
        <translation>Creator aus „Creator“ oder einer Shortlist hierher ziehen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::SampleWorkspaceJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter shortcuts…</source>
        <translation>Tastenkürzel filtern…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Other Actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistChooser</name>
    <message>
        <source>Add %1 to:</source>
        <translation>%1 hinzufügen zu:</translation>
    </message>
    <message>
        <source>&amp;New Shortlist…</source>
        <translation>&amp;Neue Shortlist…</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistEditor</name>
    <message>
        <source>Tierscope</source>
        <translation>Tierscope</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A shortlist needs a name.</source>
        <translation>Eine Shortlist braucht einen Namen.</translation>
    </message>
    <message>
        <source>A shortlist named “%1” already exists.</source>
        <translation>Eine Shortlist namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>New Shortlist</source>
        <translation>Neue Shortlist</translation>
    </message>
    <message>
        <source>Name of the new shortlist:</source>
        <translation>Name der neuen Shortlist:</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <source>Rename Shortlist</source>
        <translation>Shortlist umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Duplicate Shortlist</source>
        <translation>Shortlist duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistEntriesPane</name>
    <message>
        <source>Cannot Read the Shortlist</source>
        <translation>Die Shortlist kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;Remove from Shortlist</source>
        <translation>Aus der Shortlist &amp;entfernen</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Open in &amp;Compare</source>
        <translation>Im &amp;Vergleich öffnen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Shortlists</source>
        <translation>Shortlists</translation>
    </message>
    <message>
        <source>No shortlist yet.

Create one with New Shortlist, or select creators on the Creators page and press %1.</source>
        <translation>Noch keine Shortlist.

Legen Sie eine mit „Neue Shortlist“ an, oder wählen Sie Creator auf der Seite Creator aus und drücken Sie %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1” is empty.

On the Creators page, select creators and press %2, or drag them onto this shortlist in the sidebar.</source>
        <translation>„%1“ ist leer.

Wählen Sie auf der Seite Creator Creator aus und drücken Sie %2, oder ziehen Sie sie in der Seitenleiste auf diese Shortlist.</translation>
    </message>
    <message>
        <source>Select %1 to %2 creators to compare them side by side</source>
        <translation>Wählen Sie %1 bis %2 Creator, um sie nebeneinander zu vergleichen</translation>
    </message>
    <message>
        <source>Available once the Compare view exists</source>
        <translation>Verfügbar, sobald die Vergleichsansicht existiert</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Urteil</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Export Shortlist</source>
        <translation>Shortlist exportieren</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Add to Cam&amp;paign…</source>
        <translation>Zu &amp;Kampagne hinzufügen…</translation>
    </message>
    <message>
        <source>Add the selected creators to a campaign&apos;s roster</source>
        <translation>Die ausgewählten Creator dem Roster einer Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>Available once the Campaigns view exists</source>
        <translation>Verfügbar, sobald die Kampagnenansicht existiert</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistEntryModel</name>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Place in the shortlist; drag rows to reorder</source>
        <translation>Platz in der Shortlist; Zeilen ziehen, um sie umzuordnen</translation>
    </message>
    <message>
        <source>Undecided, yes, maybe or no</source>
        <translation>Unentschieden, ja, vielleicht oder nein</translation>
    </message>
    <message>
        <source>Your note on this creator for this shortlist</source>
        <translation>Ihre Notiz zu diesem Creator für diese Shortlist</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>A shortlist named “%1” already exists; choose another name.</source>
        <translation>Eine Shortlist namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::ShortlistsView</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Rename, duplicate or delete the shortlist</source>
        <translation>Shortlist umbenennen, duplizieren oder löschen</translation>
    </message>
    <message>
        <source>Shortlists</source>
        <translation>Shortlists</translation>
    </message>
    <message>
        <source>&amp;New Shortlist…</source>
        <translation>&amp;Neue Shortlist…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Shortlist</source>
        <translation>Shortlist &amp;löschen</translation>
    </message>
    <message>
        <source>Shortlist deleted. Undo with %1 to bring it back.</source>
        <translation>Shortlist gelöscht. Mit %1 holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>This workspace is read-only: its shortlists cannot change.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt: seine Shortlists können sich nicht ändern.</translation>
    </message>
    <message>
        <source>Added %1 to a new shortlist</source>
        <translation>%1 zu einer neuen Shortlist hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 to “%2”</source>
        <translation>%1 zu „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>Already on “%1”</source>
        <translation>Bereits in „%1“</translation>
    </message>
    <message>
        <source>All of them are on “%1” already</source>
        <translation>Alle sind bereits in „%1“</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::TierChartWidget</name>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualisiere…</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::TierSummaryModel</name>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Median ER</source>
        <translation>Median-ER</translation>
    </message>
    <message>
        <source>Middle half of ER</source>
        <translation>Mittlere Hälfte der ER</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Median vs benchmark</source>
        <translation>Median ggü. Benchmark</translation>
    </message>
    <message>
        <source>Median followers</source>
        <translation>Median Follower</translation>
    </message>
    <message>
        <source>Median fee</source>
        <translation>Median-Honorar</translation>
    </message>
    <message>
        <source>Median est. CPE</source>
        <translation>Median gesch. CPE</translation>
    </message>
    <message>
        <source>Median authenticity</source>
        <translation>Median Authentizität</translation>
    </message>
    <message>
        <source>Share of all matching creators (those of unknown followers have no tier)</source>
        <translation>Anteil an allen passenden Creatorn (die mit unbekannten Followern haben keine Stufe)</translation>
    </message>
    <message>
        <source>Inter-quartile range: half of the tier&apos;s creators have an ER in it</source>
        <translation>Interquartilsabstand: die Hälfte der Creator der Stufe hat eine ER darin</translation>
    </message>
    <message>
        <source>Fees in %1 only: there are no exchange rates offline</source>
        <translation>Honorare nur in %1: offline gibt es keine Wechselkurse</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 +</source>
        <translation>%1 +</translation>
    </message>
    <message>
        <source>Over the %1 creators of this tier with a known ER</source>
        <translation>Über die %1 Creator dieser Stufe mit bekannter ER</translation>
    </message>
    <message>
        <source>The tier&apos;s benchmark ER on each basis its creators&apos; ERs are on (by followers, by views)</source>
        <translation>Die Benchmark-ER der Stufe auf jeder Basis, auf der die Engagement-Raten ihrer Creator beruhen (nach Followern, nach Aufrufen)</translation>
    </message>
    <message>
        <source>Median of each ER minus the tier&apos;s benchmark on the same basis (by followers or by views), in percentage points</source>
        <translation>Median der Differenz jeder ER zur Benchmark der Stufe auf derselben Basis (nach Followern oder nach Aufrufen), in Prozentpunkten</translation>
    </message>
    <message>
        <source>%1 by views</source>
        <translation>%1 nach Aufrufen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Benchmark by followers: %1</source>
        <translation>Benchmark nach Followern: %1</translation>
    </message>
    <message>
        <source>Benchmark by views: %1</source>
        <translation>Benchmark nach Aufrufen: %1</translation>
    </message>
    <message>
        <source>%1 of the %2 known ERs are by views</source>
        <translation>%1 der %2 bekannten Engagement-Raten sind nach Aufrufen berechnet</translation>
    </message>
    <message>
        <source>Estimated for one post: fee / (followers × ER), or fee / (avg views × ER) for an ER by views</source>
        <translation>Geschätzt für einen Beitrag: Honorar / (Follower × ER), oder Honorar / (Ø Aufrufe × ER) für eine ER nach Aufrufen</translation>
    </message>
</context>
<context>
    <name>tierscope::ui::UserGuideDialog</name>
    <message>
        <source>Tierscope User Guide</source>
        <translation>Tierscope-Benutzerhandbuch</translation>
    </message>
</context>
</TS>
