// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_common.h"

#include "app/cli/console.h"

#include "core/io/value_parser.h"

#include <QDir>

#include <cmath>

namespace tierscope::app {

using namespace tierscope::core;

bool parseVerbArguments(QCommandLineParser &parser, const QString &verb, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("tierscope ") + verb} + args)) {
        printErr(QStringLiteral("tierscope %1: %2").arg(verb, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return false;
    }
    if (!parser.positionalArguments().isEmpty() && parser.positionalArguments().size() > 1
        && verb != u"import") {
        printErr(QStringLiteral("tierscope %1: unexpected argument “%2”.")
                     .arg(verb, parser.positionalArguments().constLast()));
        return false;
    }
    return true;
}

void addWorkspaceOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("The workspace file (default: %1).").arg(Workspace::defaultPath()),
                      QStringLiteral("PATH")});
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, Workspace::Mode mode)
{
    const QString path = parser.isSet(QStringLiteral("workspace"))
                             ? parser.value(QStringLiteral("workspace"))
                             : Workspace::defaultPath();
    auto ws = Workspace::open(QDir::cleanPath(path), mode);
    if (!ws && ws.error().code == core::Error::Code::NeedsUpgrade) {
        // A workspace of an older version is upgraded once, as the app does when it opens it
        // (after copying the old file), and then read as asked.
        {
            const auto upgraded = Workspace::open(QDir::cleanPath(path), Workspace::Mode::ReadWrite);
            if (!upgraded) {
                printErr(QStringLiteral("tierscope: %1").arg(upgraded.error().message));
                return nullptr;
            }
            printErr(QStringLiteral("tierscope: “%1” was upgraded to this version's format; the "
                                    "old file is kept as “%2”.")
                         .arg(QDir::toNativeSeparators(path),
                              QDir::toNativeSeparators((*upgraded)->migrationBackupPath())));
        } // closed before it is opened again
        ws = Workspace::open(QDir::cleanPath(path), mode);
    }
    if (!ws) {
        printErr(QStringLiteral("tierscope: %1").arg(ws.error().message));
        return nullptr;
    }
    return std::move(ws).value();
}

void addFilterOptions(QCommandLineParser &parser)
{
    const auto add = [&parser](const char *name, const char *help, const char *value) {
        parser.addOption({QString::fromLatin1(name), QString::fromUtf8(help),
                          QString::fromLatin1(value)});
    };
    add("platform", "instagram, tiktok or youtube; repeat or comma-separate.", "P");
    add("tier", "emerging, nano, micro, macro or mega; repeat or comma-separate.", "T");
    add("min-followers", "At least this many followers (13.8k, 1.2M).", "N");
    add("max-followers", "At most this many followers.", "N");
    add("min-er", "Engagement rate at least R (0.05 or 5%).", "R");
    add("max-er", "Engagement rate at most R.", "R");
    add("country", "ISO country code; repeat or comma-separate.", "CC");
    add("language", "ISO language code; repeat or comma-separate.", "LL");
    add("niche", "Niche; repeat or comma-separate.", "NICHE");
    add("search", "Words in handle, name, niches, country or notes.", "TEXT");
    add("min-fee", "Typical fee per post at least AMOUNT (in the creator's currency).", "AMOUNT");
    add("max-fee", "Typical fee per post at most AMOUNT.", "AMOUNT");
    add("min-authenticity", "Audience authenticity at least R (0.8 or 80%).", "R");
    add("max-sponsored", "Share of sponsored posts at most R (0.2 or 20%).", "R");
}

std::optional<double> parseAmount(const QString &text)
{
    const Parsed<double> v = parseNumber(text);
    return v ? v.value() : std::nullopt; // unknown ("", "N/A") is no amount either
}

std::optional<double> parseRate(const QString &text)
{
    const Parsed<double> v = parseRatio(text);
    return v ? v.value() : std::nullopt;
}

namespace {

QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &v : parser.values(name)) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

bool bad(const QString &option, const QString &value, const QString &expected)
{
    printErr(QStringLiteral("tierscope: --%1 “%2” is not %3.").arg(option, value, expected));
    return false;
}

template<typename T, typename Parse>
bool readOption(const QCommandLineParser &parser, const char *name, std::optional<T> &out,
                Parse parse, const char *expected)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return true;
    const QString value = parser.value(option);
    const auto v = parse(value);
    if (!v || *v < 0)
        return bad(option, value, QString::fromLatin1(expected));
    out = T(*v);
    return true;
}

} // namespace

std::optional<CreatorFilter> filterFromOptions(const QCommandLineParser &parser)
{
    CreatorFilter f;
    for (const QString &p : listValues(parser, QStringLiteral("platform"))) {
        const auto platform = platformFromString(p);
        if (!platform) {
            bad(QStringLiteral("platform"), p, QStringLiteral("instagram, tiktok or youtube"));
            return std::nullopt;
        }
        f.platforms << *platform;
    }
    for (const QString &t : listValues(parser, QStringLiteral("tier"))) {
        const auto tier = tierFromString(t);
        if (!tier) {
            bad(QStringLiteral("tier"), t, QStringLiteral("emerging, nano, micro, macro or mega"));
            return std::nullopt;
        }
        f.tiers << *tier;
    }
    const auto rate01 = [](const QString &s) {
        const auto r = parseRate(s);
        return r && *r <= 1.0 ? r : std::nullopt;
    };
    const auto minorUnits = [](const QString &s) -> std::optional<double> {
        const auto a = parseAmount(s);
        return a ? std::optional<double>(std::round(*a * 100.0)) : std::nullopt;
    };
    const bool ok
        = readOption(parser, "min-followers", f.minFollowers, parseAmount, "a follower count")
          && readOption(parser, "max-followers", f.maxFollowers, parseAmount, "a follower count")
          && readOption(parser, "min-er", f.minEngagementRate, rate01, "a rate between 0 and 100%")
          && readOption(parser, "max-er", f.maxEngagementRate, rate01, "a rate between 0 and 100%")
          && readOption(parser, "min-fee", f.minFeeMinor, minorUnits, "an amount")
          && readOption(parser, "max-fee", f.maxFeeMinor, minorUnits, "an amount")
          && readOption(parser, "min-authenticity", f.minAuthenticity, rate01,
                        "a rate between 0 and 100%")
          && readOption(parser, "max-sponsored", f.maxSponsoredRatio, rate01,
                        "a rate between 0 and 100%");
    if (!ok)
        return std::nullopt;
    for (const QString &c : listValues(parser, QStringLiteral("country")))
        f.countries << c.toUpper();
    for (const QString &l : listValues(parser, QStringLiteral("language")))
        f.languages << l.toLower();
    f.niches = listValues(parser, QStringLiteral("niche"));
    f.text = parser.value(QStringLiteral("search"));
    return f;
}

} // namespace tierscope::app
