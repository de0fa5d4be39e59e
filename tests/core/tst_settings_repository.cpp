// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "tests/core/support/test_workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace tierscope::core;
using namespace tierscope::test;

namespace {

TierScheme customScheme()
{
    TierScheme s;
    s.setLowerBound(Tier::Micro, 15'000);
    s.setBenchmark(Tier::Nano, Benchmark{0.085, QStringLiteral("Agency study 2026 – ß ✓")});
    s.setPlatformBenchmark(Platform::TikTok, Tier::Micro, Benchmark{0.095, QStringLiteral("TikTok")});
    return s;
}

} // namespace

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("s%1.tierscope").arg(++m_counter)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaults_onANewWorkspace()
    {
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        const auto scheme = settings.tierScheme();
        TS_VERIFY_OK(scheme);
        QVERIFY(*scheme == TierScheme::defaults());
        QCOMPARE(scheme->benchmark(Tier::Micro)->engagementRate, 0.07);
        const auto currency = settings.defaultCurrency();
        TS_VERIFY_OK(currency);
        QCOMPARE(*currency, QStringLiteral("USD"));
        for (Platform p : allPlatforms()) {
            const auto rate = settings.defaultViewRate(p);
            TS_VERIFY_OK(rate);
            QCOMPARE(*rate, SettingsRepository::builtInViewRate(p));
            QVERIFY(*rate > 0.0 && *rate <= 1.0);
        }
    }

    void tierScheme_roundTripsAndSurvivesReopen()
    {
        const QString path = newPath();
        {
            auto ws = openWorkspace(path);
            QVERIFY(ws);
            SettingsRepository settings(ws->database(), ws->events());
            QSignalSpy spy(ws->events(), &WorkspaceEvents::settingsChanged);
            TS_VERIFY_OK(settings.setTierScheme(customScheme()));
            QCOMPARE(spy.size(), 1);
            QVERIFY(*settings.tierScheme() == customScheme());
        }
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        const auto scheme = settings.tierScheme();
        TS_VERIFY_OK(scheme);
        QVERIFY(*scheme == customScheme());
        QCOMPARE(scheme->benchmark(Tier::Micro, Platform::TikTok)->engagementRate, 0.095);
        QCOMPARE(scheme->benchmark(Tier::Nano)->source, QStringLiteral("Agency study 2026 – ß ✓"));
        QCOMPARE(tierKey(scheme->tier(qint64(14'999))), QStringLiteral("nano"));

        // Setting it again replaces it (one row per key).
        TS_VERIFY_OK(settings.setTierScheme(TierScheme::defaults()));
        QVERIFY(*settings.tierScheme() == TierScheme::defaults());
        QCOMPARE(scalar(ws->database(), QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE '%tier%'")).toInt(), 1);
    }

    void tierScheme_invalidIsRefusedAndKeepsTheOld_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("thresholds not ascending") << QStringLiteral("order");
        QTest::newRow("benchmark above 100 %") << QStringLiteral("er");
        QTest::newRow("platform benchmark negative") << QStringLiteral("per");
    }
    void tierScheme_invalidIsRefusedAndKeepsTheOld()
    {
        QFETCH(QString, what);
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        SettingsRepository settings(ws->database(), ws->events());
        TS_VERIFY_OK(settings.setTierScheme(customScheme()));
        QSignalSpy spy(ws->events(), &WorkspaceEvents::settingsChanged);
        TierScheme bad = customScheme();
        if (what == u"order")
            bad.setLowerBound(Tier::Macro, 5'000);
        else if (what == u"er")
            bad.setBenchmark(Tier::Mega, Benchmark{2.0, QString()});
        else
            bad.setPlatformBenchmark(Platform::YouTube, Tier::Macro, Benchmark{-0.1, QString()});
        const Status s = settings.setTierScheme(bad);
        QVERIFY(s);
        QCOMPARE(int(s.code), int(Error::Code::InvalidArgument));
        QVERIFY(!s.message.isEmpty());
        QCOMPARE(spy.size(), 0);
        QVERIFY(*settings.tierScheme() == customScheme());
    }

    void tierScheme_damagedStoredValueFallsBackToDefaults()
    {
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        TS_VERIFY_OK(settings.setTierScheme(customScheme()));
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = '{not json' WHERE key LIKE '%tier%'")));
        QCOMPARE(q.numRowsAffected(), 1);
        const auto scheme = settings.tierScheme();
        TS_VERIFY_OK(scheme);
        QVERIFY(*scheme == TierScheme::defaults());
    }

    void viewRate_roundTripsPerPlatform()
    {
        const QString path = newPath();
        {
            auto ws = openWorkspace(path);
            QVERIFY(ws);
            SettingsRepository settings(ws->database());
            TS_VERIFY_OK(settings.setDefaultViewRate(Platform::TikTok, 0.6));
            TS_VERIFY_OK(settings.setDefaultViewRate(Platform::YouTube, 1.5)); // above 100 % is possible
        }
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        QCOMPARE(*settings.defaultViewRate(Platform::TikTok), 0.6);
        QCOMPARE(*settings.defaultViewRate(Platform::YouTube), 1.5);
        QCOMPARE(*settings.defaultViewRate(Platform::Instagram),
                 SettingsRepository::builtInViewRate(Platform::Instagram));
        TS_VERIFY_OK(settings.setDefaultViewRate(Platform::TikTok, 0.3));
        QCOMPARE(*settings.defaultViewRate(Platform::TikTok), 0.3);
        QCOMPARE(*settings.defaultViewRate(Platform::YouTube), 1.5);
    }

    void viewRate_invalidIsRefused_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative") << -0.2;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
        QTest::newRow("percent instead of fraction") << 45.0;
    }
    void viewRate_invalidIsRefused()
    {
        QFETCH(double, rate);
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        TS_VERIFY_OK(settings.setDefaultViewRate(Platform::Instagram, 0.3));
        const Status s = settings.setDefaultViewRate(Platform::Instagram, rate);
        QVERIFY(s);
        QCOMPARE(int(s.code), int(Error::Code::InvalidArgument));
        QCOMPARE(*settings.defaultViewRate(Platform::Instagram), 0.3);
    }

    void currency_roundTripsAndRefusesNonCodes()
    {
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        TS_VERIFY_OK(settings.setDefaultCurrency(QStringLiteral("EUR")));
        QCOMPARE(*settings.defaultCurrency(), QStringLiteral("EUR"));
        for (const QString &bad : {QString(), QStringLiteral("EU"), QStringLiteral("EURO"), QStringLiteral("€"),
                                   QStringLiteral("12$")}) {
            const Status s = settings.setDefaultCurrency(bad);
            QVERIFY2(s, qPrintable(bad));
            QCOMPARE(int(s.code), int(Error::Code::InvalidArgument));
        }
        QCOMPARE(*settings.defaultCurrency(), QStringLiteral("EUR"));
    }

    void settingsAreIndependent()
    {
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        TS_VERIFY_OK(settings.setDefaultCurrency(QStringLiteral("GBP")));
        TS_VERIFY_OK(settings.setDefaultViewRate(Platform::TikTok, 0.5));
        TS_VERIFY_OK(settings.setTierScheme(customScheme()));
        QCOMPARE(*settings.defaultCurrency(), QStringLiteral("GBP"));
        QCOMPARE(*settings.defaultViewRate(Platform::TikTok), 0.5);
        QVERIFY(*settings.tierScheme() == customScheme());
    }

    void readOnlyWorkspace_readsSettingsButRefusesWrites()
    {
        const QString path = newPath();
        {
            auto ws = openWorkspace(path);
            QVERIFY(ws);
            TS_VERIFY_OK(SettingsRepository(ws->database()).setDefaultCurrency(QStringLiteral("JPY")));
        }
        auto ws = openWorkspace(path, Workspace::Mode::ReadOnly);
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        QCOMPARE(*settings.defaultCurrency(), QStringLiteral("JPY"));
        const Status s = settings.setDefaultCurrency(QStringLiteral("EUR"));
        QVERIFY(s);
        QCOMPARE(int(s.code), int(Error::Code::ReadOnly));
        QCOMPARE(*settings.defaultCurrency(), QStringLiteral("JPY"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settings_repository.moc"
