// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_common.h"

#include "app/cli/console.h"

#include "core/common/checked_number.h"
#include "core/common/terminal_text.h"
#include "core/io/output_target.h"
#include "core/io/value_parser.h"

#include <QDir>

#include <cmath>

namespace tierscope::app {

using namespace tierscope::core;

namespace {

// How many positional arguments a verb takes: import FILE, restore BACKUP; the others none.
// (campaign parses its sub-command itself.)
int positionalCapacity(const QString &verb)
{
    return verb == u"import" || verb == u"restore" ? 1 : 0;
}

bool usageError(const QString &verb, const QString &message)
{
    printErr(QStringLiteral("tierscope %1: %2").arg(verb, message));
    return false;
}

} // namespace

bool parseVerbArguments(QCommandLineParser &parser, const QString &verb, const QStringList &args,
                        const QString &strayHint)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("tierscope ") + verb} + args))
        return usageError(verb, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > positionalCapacity(verb)) {
        const QString stray = positional.at(positionalCapacity(verb));
        const QString message =
            QStringLiteral("unexpected argument “%1”").arg(escapeForTerminal(stray));
        return usageError(verb, strayHint.isEmpty() ? QString(message + u'.')
                                                    : QString(message + u"; " + strayHint));
    }
    return checkPathOptions(parser, verb);
}

bool checkPathOptions(const QCommandLineParser &parser, const QString &verb)
{
    // optionNames(): the options given, as written ("o" for -o); values() accepts any alias.
    for (const QString &name : parser.optionNames()) {
        const bool output = name == u"o" || name == u"output" || name == u"report";
        if (!output && name != u"workspace" && name != u"mapping")
            continue;
        const QString option = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"))
                               + name;
        for (const QString &value : parser.values(name)) {
            if (value.isEmpty())
                return usageError(verb, QStringLiteral("%1 needs a file name.").arg(option));
            if (value.startsWith(u'-') && !(output && value == u"-"))
                return usageError(verb,
                                  QStringLiteral("%1 needs a file name, not “%2” (an option?). "
                                                 "To name a file that starts with “-”, write "
                                                 "./%2.")
                                      .arg(option, escapeForTerminal(value)));
        }
    }
    return true;
}

void addWorkspaceOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("The workspace file (default: %1).").arg(Workspace::defaultPath()),
                      QStringLiteral("PATH")});
}

QString workspacePath(const QCommandLineParser &parser)
{
    return QDir::cleanPath(parser.isSet(QStringLiteral("workspace"))
                               ? parser.value(QStringLiteral("workspace"))
                               : Workspace::defaultPath());
}

bool checkOutputFile(const QCommandLineParser &parser, const QString &verb, const QString &path,
                     bool allowStandardOutput, const QStringList &inputs)
{
    if (OutputTarget::isStandardOutput(path)) {
        if (allowStandardOutput)
            return true;
        printErr(QStringLiteral("tierscope %1: this output cannot go to standard output (-); "
                                "name a file.")
                     .arg(verb));
        return false;
    }
    if (const Status s = OutputTarget::check(path, workspacePath(parser), inputs)) {
        printErr(QStringLiteral("tierscope %1: %2 Nothing was written.")
                     .arg(verb, escapeForTerminal(s.message)));
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, Workspace::Mode mode)
{
    const QString path = parser.isSet(QStringLiteral("workspace"))
                             ? parser.value(QStringLiteral("workspace"))
                             : Workspace::defaultPath();
    // A named file that is missing is created (import into a new file) unless it evidently
    // existed (its backups are beside it); the default workspace is made when missing.
    const auto missing = parser.isSet(QStringLiteral("workspace"))
                             ? Workspace::Missing::CreateUnlessLost : Workspace::Missing::Create;
    auto ws = Workspace::open(QDir::cleanPath(path), mode, missing);
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
    if (!(*ws)->schemaWarning().isEmpty()) // indexes a read-only file lacks (SchemaCheck)
        printErr(QStringLiteral("tierscope: %1").arg((*ws)->schemaWarning()));
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
    // A bound beyond any possible value keeps its meaning (CheckedNumber::saturatedInteger()).
    add("min-followers", "At least this many followers (13.8k, 1.2M; beyond any real count, "
        "such as 1e30: no one).", "N");
    add("max-followers", "At most this many followers (beyond any real count: everyone whose "
        "count is known).", "N");
    add("min-er", "Engagement rate at least R (0.05 or 5%; above 100%: no one).", "R");
    add("max-er", "Engagement rate at most R (above 100%: everyone whose rate is known).", "R");
    add("country", "ISO country code; repeat or comma-separate.", "CC");
    add("language", "ISO language code; repeat or comma-separate.", "LL");
    add("niche", "Niche; repeat or comma-separate.", "NICHE");
    add("search", "Words in handle, name, niches, country or notes.", "TEXT");
    add("min-fee", "Typical fee per post at least AMOUNT (in the creator's currency; beyond any "
        "storable amount: no one).", "AMOUNT");
    add("max-fee", "Typical fee per post at most AMOUNT (beyond any storable amount: everyone "
        "with a fee).", "AMOUNT");
    add("min-authenticity", "Audience authenticity at least R (0.8 or 80%).", "R");
    add("max-sponsored", "Share of sponsored posts at most R (0.2 or 20%).", "R");
    parser.addOption({QStringLiteral("hide-flagged"),
                      QStringLiteral("Leave out creators with a data-quality flag (engagement "
                                     "above followers).")});
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
    printErr(QStringLiteral("tierscope: --%1 “%2” is not %3.")
                 .arg(option, escapeForTerminal(value), expected));
    return false;
}

// The number of a bound as typed, or why it is none (printed): unknown ("NaN", "N/A"), not a
// number, out of range ("1e400") or negative.
std::optional<double> boundValue(const QString &option, const QString &value,
                                 const Parsed<double> &parsed, const QString &expected)
{
    if (!parsed) {
        printErr(QStringLiteral("tierscope: --%1 “%2” is not %3: %4")
                     .arg(option, escapeForTerminal(value), expected,
                          escapeForTerminal(parsed.error().message)));
        return std::nullopt;
    }
    if (!parsed.value()) {
        bad(option, value, expected);
        return std::nullopt;
    }
    const double v = *parsed.value();
    if (!std::isfinite(v) || v < 0) {
        printErr(QStringLiteral("tierscope: --%1 “%2” is negative; %3 is 0 or more.")
                     .arg(option, escapeForTerminal(value), expected));
        return std::nullopt;
    }
    return v;
}

// A count (scale 1) or an amount kept in minor units (scale 100), through CheckedNumber: beyond
// the 64-bit range it saturates, so a minimum there matches no one and a maximum every creator
// whose value is known.
bool readIntegerBound(const QCommandLineParser &parser, const char *name, double scale,
                      std::optional<qint64> &out, const QString &expected)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return true;
    const QString value = parser.value(option);
    const auto v = boundValue(option, value, parseNumber(value), expected);
    if (!v)
        return false;
    const auto bound = CheckedNumber::saturatedInteger(*v, scale);
    if (!bound)
        return bad(option, value, expected);
    out = *bound;
    return true;
}

// A rate: "5%", "0.05", "5" (above 1 reads as percent). No creator's rate is above 100 %, but
// a bound there still means what it says: a minimum matches no one, a maximum everyone whose
// rate is known.
bool readRateBound(const QCommandLineParser &parser, const char *name, std::optional<double> &out)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return true;
    const QString value = parser.value(option);
    Parsed<double> parsed = parseRatio(value);
    if (!parsed) { // perhaps above 100 %: read it as a percentage
        const Parsed<double> percent = parsePercentage(value);
        if (percent && percent.value() && *percent.value() > 1.0)
            parsed = percent;
    }
    const auto v = boundValue(option, value, parsed, QStringLiteral("a rate (0.05 or 5%)"));
    if (!v)
        return false;
    out = *v;
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
    const QString count = QStringLiteral("a follower count");
    const QString amount = QStringLiteral("an amount");
    const bool ok
        = readIntegerBound(parser, "min-followers", 1.0, f.minFollowers, count)
          && readIntegerBound(parser, "max-followers", 1.0, f.maxFollowers, count)
          && readRateBound(parser, "min-er", f.minEngagementRate)
          && readRateBound(parser, "max-er", f.maxEngagementRate)
          && readIntegerBound(parser, "min-fee", 100.0, f.minFeeMinor, amount)
          && readIntegerBound(parser, "max-fee", 100.0, f.maxFeeMinor, amount)
          && readRateBound(parser, "min-authenticity", f.minAuthenticity)
          && readRateBound(parser, "max-sponsored", f.maxSponsoredRatio);
    if (!ok)
        return std::nullopt;
    for (const QString &c : listValues(parser, QStringLiteral("country")))
        f.countries << c.toUpper();
    for (const QString &l : listValues(parser, QStringLiteral("language")))
        f.languages << l.toLower();
    f.niches = listValues(parser, QStringLiteral("niche"));
    f.text = parser.value(QStringLiteral("search"));
    f.hideFlagged = parser.isSet(QStringLiteral("hide-flagged"));
    return f;
}

} // namespace tierscope::app
