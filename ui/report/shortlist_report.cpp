// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/shortlist_report.h"

#include "core/common/display_format.h"
#include "ui/creators/creator_text.h"
#include "ui/report/facts_block.h"
#include "ui/report/report_chart.h"
#include "ui/report/report_format.h"
#include "ui/report/table_block.h"
#include "ui/report/text_blocks.h"
#include "ui/report/title_block.h"

namespace tierscope::ui {

using namespace tierscope::core;
using Role = ReportStyle::Role;

namespace {

void addChart(ReportDocument &doc, const std::optional<TierChartData> &chart,
              const QString &heading, const QString &intro, const QLocale &locale)
{
    if (chart)
        addTierChart(doc, *chart, heading, intro, locale);
}

QString feeText(const Creator *c, const QLocale &locale)
{
    return c && c->fee ? c->fee->format(locale) : format::unknown();
}

} // namespace

ReportDocument ShortlistReport::build(const ShortlistReportData &data, const QDate &exportDate,
                                      const QLocale &locale)
{
    const ReportFormat fmt(locale, data.currency);
    ReportDocument doc(data.shortlist.name, tr("Shortlist"), exportDate, locale);
    doc.add(std::make_unique<TitleBlock>(
        tr("Shortlist"), data.shortlist.name,
        tr("%n candidate(s)", nullptr, int(data.entries.size()))));
    if (!data.shortlist.brief.trimmed().isEmpty()) {
        auto brief = std::make_unique<FactsBlock>(1);
        brief->add(tr("Brief"), data.shortlist.brief.trimmed(), QString(), QColor(), true);
        doc.add(std::move(brief));
    }

    doc.add(std::make_unique<HeadingBlock>(tr("Candidates")));
    if (data.entries.isEmpty()) {
        doc.add(std::make_unique<ParagraphBlock>(tr("The shortlist is empty.")));
    } else {
        auto table = std::make_unique<TableBlock>(QList<ReportColumn>{
            {tr("#"), Qt::AlignRight},
            {tr("Creator"), Qt::AlignLeft, true},
            {tr("Platform")},
            {tr("Tier")},
            {tr("Followers"), Qt::AlignRight},
            {tr("ER"), Qt::AlignRight},
            {tr("vs benchmark"), Qt::AlignRight},
            {tr("Fee"), Qt::AlignRight},
            {tr("Verdict")},
            {tr("Note"), Qt::AlignLeft, true}});
        int n = 0;
        for (const ShortlistEntry &e : data.entries) {
            const auto it = data.creators.constFind(e.creatorId);
            const Creator *c = it == data.creators.cend() ? nullptr : &*it;
            ReportCell verdict(verdictDisplayName(e.verdict));
            verdict.bold = e.verdict == Verdict::Yes;
            if (e.verdict == Verdict::No)
                verdict.color = ReportStyle::muted();
            table->addRow({fmt.number(++n),
                           ReportCell(ReportFormat::handle(c, e.creatorId),
                                      c ? c->displayName : QString()),
                           c ? platformDisplayName(c->platform) : format::unknown(),
                           ReportFormat::tierName(c, data.scheme),
                           fmt.count(c ? c->followers : std::nullopt),
                           ReportCell(fmt.percent(c ? c->engagementRate : std::nullopt, 1),
                                      ReportFormat::erSource(c)),
                           format::percentagePoints(
                               c ? CreatorText::erVsBenchmark(*c, data.scheme) : std::nullopt, 1,
                               locale),
                           feeText(c, locale),
                           verdict,
                           e.note.trimmed()},
                          e.verdict == Verdict::No ? TableBlock::RowKind::Muted
                                                   : TableBlock::RowKind::Normal);
        }
        doc.add(std::move(table));
        doc.add(std::make_unique<ParagraphBlock>(
            tr("ER with its basis (by followers, by views) or “reported” by the source. ER vs "
               "benchmark: the creator's engagement rate minus the benchmark of its tier on the "
               "same basis, in percentage points. Fees are the creator's typical fee per post."),
            Role::Small, ReportStyle::muted()));
    }
    addChart(doc, data.chart, tr("Engagement against reach"),
             tr("Every creator of the workspace by tier, with the shortlist highlighted."), locale);
    return doc;
}

ReportDocument ComparisonReport::build(const ComparisonReportData &data, const QDate &exportDate,
                                       const QLocale &locale)
{
    ComparisonContext context = data.context;
    context.locale = locale;
    const QList<ComparisonRow> rows = Comparison::rows(data.creators, context);
    QStringList handles;
    for (const Creator &c : data.creators)
        handles << u'@' + c.handle;
    ReportDocument doc(tr("Creator comparison"), tr("%n creator(s)", nullptr,
                                                    int(data.creators.size())),
                       exportDate, locale);
    doc.add(std::make_unique<TitleBlock>(tr("Comparison"), tr("Creators side by side"),
                                         handles.join(QStringLiteral(" · "))));

    QList<ReportColumn> columns{{QString(), Qt::AlignLeft, true}};
    for (const Creator &c : data.creators)
        columns.append({u'@' + c.handle, Qt::AlignRight, true});
    auto table = std::make_unique<TableBlock>(columns);
    table->setMinRowsTogether(4);
    {
        // The names under the handles, as the first row.
        QList<ReportCell> names{ReportCell(tr("Name"))};
        for (const Creator &c : data.creators)
            names << ReportCell(c.displayName.trimmed().isEmpty() ? format::unknown()
                                                                  : c.displayName.trimmed());
        table->addRow(names);
    }
    for (const ComparisonRow &r : rows) {
        QList<ReportCell> cells{ReportCell(r.label, ComparisonRow::ruleText(r.rule))};
        for (const ComparisonCell &cell : r.cells) {
            ReportCell rc(cell.best ? tr("✓ %1").arg(cell.text) : cell.text, cell.note);
            rc.bold = cell.best;
            if (cell.best)
                rc.color = ReportStyle::good();
            cells << rc;
        }
        table->addRow(cells);
    }
    doc.add(std::make_unique<HeadingBlock>(tr("Side by side")));
    doc.add(std::move(table));
    doc.add(std::make_unique<ParagraphBlock>(
        tr("✓ marks the best value of a row among the creators with a known value; money is "
           "compared only within one currency. CPE and CPM are estimates for one post."),
        Role::Small, ReportStyle::muted()));
    addChart(doc, data.chart, tr("Engagement against reach"),
             tr("Every creator of the workspace by tier, with the compared creators "
                "highlighted."),
             locale);
    return doc;
}

} // namespace tierscope::ui
