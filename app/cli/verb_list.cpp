// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/common/display_format.h"
#include "core/domain/er_basis_text.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"

namespace tierscope::app {

using namespace tierscope::core;

namespace {

QString erCell(const Creator &c)
{
    if (!c.engagementRate)
        return format::unknown();
    // "r" marks a rate reported by the source; computed rates carry no mark; "⚑" a flag.
    return format::percent(c.engagementRate, 2)
           + (c.erSource == ErSource::Reported ? QStringLiteral(" r") : QStringLiteral("  "))
           + (c.qualityFlags != 0 ? QStringLiteral(" ⚑") : QStringLiteral("  "));
}

} // namespace

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints the creators that match the filters."));
    addWorkspaceOption(parser);
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("sort"), QStringLiteral("Sort column (default followers)."),
                      QStringLiteral("COLUMN"), QStringLiteral("followers")});
    parser.addOption({QStringLiteral("asc"), QStringLiteral("Ascending order.")});
    parser.addOption({QStringLiteral("desc"), QStringLiteral("Descending order (default).")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many rows (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("offset"), QStringLiteral("Rows to skip (default 0)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    if (!parseVerbArguments(parser, QStringLiteral("list"), args))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    const auto filter = filterFromOptions(parser);
    if (!filter)
        return ExitUsage;
    const auto column = creatorSortColumnFromString(parser.value(QStringLiteral("sort")));
    bool limitOk = false, offsetOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    const qint64 offset = parser.value(QStringLiteral("offset")).toLongLong(&offsetOk);
    if (!column) {
        printErr(QStringLiteral("tierscope list: cannot sort by “%1”; see tierscope --help.")
                     .arg(parser.value(QStringLiteral("sort"))));
        return ExitUsage;
    }
    if (!limitOk || limit < 1 || limit > 100'000 || !offsetOk || offset < 0) {
        printErr(QStringLiteral("tierscope list: --limit takes 1 to 100000, --offset 0 or more."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("asc")) && parser.isSet(QStringLiteral("desc"))) {
        printErr(QStringLiteral("tierscope list: choose --asc or --desc, not both."));
        return ExitUsage;
    }

    auto ws = openWorkspace(parser, Workspace::Mode::ReadOnly);
    if (!ws)
        return ExitFailure;
    const auto scheme = SettingsRepository(ws->database()).tierScheme();
    if (!scheme) {
        printErr(QStringLiteral("tierscope list: %1").arg(scheme.error().message));
        return ExitFailure;
    }
    const CreatorRepository repo(ws->database());
    const CreatorSort sort{*column, !parser.isSet(QStringLiteral("asc"))};
    const auto page = repo.page(*filter, *scheme, sort, offset, limit);
    const auto total = repo.count(*filter, *scheme);
    if (!page || !total) {
        printErr(QStringLiteral("tierscope list: %1")
                     .arg(page ? total.error().message : page.error().message));
        return ExitFailure;
    }

    const QLocale locale;
    QList<QStringList> rows;
    for (const Creator &c : page->rows) {
        const auto tier = scheme->tier(c.followers);
        rows << QStringList{u'@' + c.handle,
                            c.displayName,
                            platformDisplayName(c.platform),
                            tier ? tierDisplayName(*tier) : format::unknown(),
                            format::count(c.followers, locale),
                            erCell(c),
                            c.fee ? c.fee->format(locale) : format::unknown(),
                            c.country.isEmpty() ? format::unknown() : c.country};
    }
    printOut(formatTable({QStringLiteral("handle"), QStringLiteral("name"), QStringLiteral("platform"),
                          QStringLiteral("tier"), QStringLiteral("followers"), QStringLiteral("ER"),
                          QStringLiteral("fee"), QStringLiteral("country")},
                         rows, {4, 5, 6}));
    const auto bases = SettingsRepository(ws->database()).erBases();
    printOut(QStringLiteral("%1 of %2 matching creators shown. ER %3 (r: reported by the source; "
                            "⚑: engagement above followers).\n")
                 .arg(locale.toString(qsizetype(rows.size())), locale.toString(*total),
                      ErBasisText::summary(bases ? *bases : ErBases{})));
    return ExitOk;
}

} // namespace tierscope::app
