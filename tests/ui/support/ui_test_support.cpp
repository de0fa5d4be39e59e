// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/support/ui_test_support.h"

#include "core/demo/demo_workspace.h"
#include "core/storage/creator_repository.h"

#include <QFile>
#include <QTest>

namespace tierscope::test {

core::Creator makeCreator(const QString &handle, core::Platform platform, qint64 followers,
                          std::optional<double> er, const QString &country,
                          const QStringList &niches, std::optional<qint64> feeMinor)
{
    core::Creator c;
    c.handle = handle;
    c.displayName = handle.at(0).toUpper() + handle.mid(1);
    c.platform = platform;
    c.followers = followers;
    if (er) // as likes, so the rate is computed from the averages
        c.avgLikes = double(followers) * *er;
    c.applyEngagement(std::nullopt, core::ErBases {});
    c.country = country;
    c.language = QStringLiteral("en");
    c.niches = niches;
    if (feeMinor)
        c.fee = core::Money(*feeMinor, QStringLiteral("USD"));
    c.metricsAsOf = QDate(2026, 10, 1);
    return c;
}

std::unique_ptr<core::Workspace> openWorkspace(const QTemporaryDir &dir, const QString &name)
{
    auto ws = core::Workspace::open(dir.filePath(name + QStringLiteral(".tierscope")));
    if (!ws) {
        QTest::qFail(qPrintable(ws.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(ws).value();
}

QHash<QString, qint64> addKnownCreators(core::Workspace &workspace)
{
    using P = core::Platform;
    // handle            platform        followers  ER      country niches             fee (cents)
    const QList<core::Creator> creators = {
        makeCreator(QStringLiteral("anna.fit"), P::Instagram, 48'700, 0.069, QStringLiteral("US"),
                    {QStringLiteral("fitness"), QStringLiteral("vegan")}, 42'000),
        makeCreator(QStringLiteral("ben.cooks"), P::TikTok, 12'300, 0.091, QStringLiteral("GB"),
                    {QStringLiteral("food"), QStringLiteral("vegan")}, 15'000),
        makeCreator(QStringLiteral("carla.travel"), P::YouTube, 250'000, 0.031,
                    QStringLiteral("ES"), {QStringLiteral("travel")}, 300'000),
        makeCreator(QStringLiteral("dan.tech"), P::YouTube, 1'200'000, 0.02, QStringLiteral("US"),
                    {QStringLiteral("tech")}, 1'200'000),
        makeCreator(QStringLiteral("eva.vegan"), P::Instagram, 8'500, 0.12, QStringLiteral("DE"),
                    {QStringLiteral("vegan"), QStringLiteral("food")}, 8'000),
        makeCreator(QStringLiteral("finn.runs"), P::Instagram, 22'000, std::nullopt,
                    QStringLiteral("US"), {QStringLiteral("running")}),
        makeCreator(QStringLiteral("gia.style"), P::TikTok, 640, 0.15, QStringLiteral("IT"),
                    {QStringLiteral("fashion")}, 2'000),
        makeCreator(QStringLiteral("hugo.games"), P::TikTok, 99'999, 0.05, QStringLiteral("FR"),
                    {QStringLiteral("gaming")}, 60'000),
        makeCreator(QStringLiteral("ines.books"), P::Instagram, 10'000, 0.08, QStringLiteral("PT"),
                    {QStringLiteral("books")}),
        makeCreator(QStringLiteral("jon.diy"), P::YouTube, 100'000, 0.04, QStringLiteral("US"),
                    {QStringLiteral("diy")}, 90'000),
        makeCreator(QStringLiteral("kim.beauty"), P::Instagram, 3'400'000, 0.018,
                    QStringLiteral("KR"), {QStringLiteral("beauty")}, 2'500'000),
        makeCreator(QStringLiteral("leo.vegan.eats"), P::TikTok, 31'000, 0.065,
                    QStringLiteral("US"), {QStringLiteral("vegan")}, 25'000),
    };
    core::CreatorRepository repo(workspace.database(), workspace.events());
    QHash<QString, qint64> ids;
    for (core::Creator c : creators) {
        if (c.handle == u"anna.fit")
            c.applyEngagement(0.069, core::ErBases {}); // reported by the source
        const auto id = repo.insert(c);
        if (!id)
            QTest::qFail(qPrintable(id.error().message), __FILE__, __LINE__);
        else
            ids.insert(c.handle, *id);
    }
    return ids;
}

void addGeneratedCreators(core::Workspace &workspace, qint64 n)
{
    core::DemoOptions options;
    options.creators = n;
    options.withProjects = false;
    if (const core::Status s = core::writeDemoWorkspace(workspace, options))
        QTest::qFail(qPrintable(s.message), __FILE__, __LINE__);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        QTest::qFail("cannot write the test file", __FILE__, __LINE__);
    return path;
}

} // namespace tierscope::test
