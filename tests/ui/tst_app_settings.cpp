// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/app_settings.h"
#include "ui/common/number_input.h"
#include "ui/creators/creator_filter_codec.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void values_fallBackToTheTableDefaults()
    {
        QTemporaryDir dir;
        ui::AppSettings s(dir.filePath(QStringLiteral("a.ini")));
        QCOMPARE(s.value(ui::settings::sampleCreators), 5000);
        QCOMPARE(s.value(ui::settings::creatorsFiltersShown), true);
        QVERIFY(s.value(ui::settings::windowGeometry).isEmpty());
        s.setValue(ui::settings::sampleCreators, 123);
        s.setValue(ui::settings::creatorsFiltersShown, false);
        s.setValue(ui::settings::windowGeometry, QByteArray("\x01\x02", 2));
        ui::AppSettings again(dir.filePath(QStringLiteral("a.ini")));
        QCOMPARE(again.value(ui::settings::sampleCreators), 123);
        QCOMPARE(again.value(ui::settings::creatorsFiltersShown), false);
        QCOMPARE(again.value(ui::settings::windowGeometry), QByteArray("\x01\x02", 2));
        again.reset(ui::settings::sampleCreators);
        QCOMPARE(again.value(ui::settings::sampleCreators), 5000);
    }

    void recentWorkspaces_mostRecentFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        ui::AppSettings s(dir.filePath(QStringLiteral("a.ini")));
        for (int i = 0; i < 10; ++i)
            s.addRecentWorkspace(dir.filePath(QStringLiteral("w%1.tierscope").arg(i)));
        s.addRecentWorkspace(dir.filePath(QStringLiteral("w5.tierscope")));
        const QStringList recent = s.value(ui::settings::recentWorkspaces);
        QCOMPARE(recent.size(), ui::AppSettings::kMaxRecentWorkspaces);
        QCOMPARE(recent.first(), dir.filePath(QStringLiteral("w5.tierscope")));
        QCOMPARE(recent.count(dir.filePath(QStringLiteral("w5.tierscope"))), 1);
        QCOMPARE(recent[1], dir.filePath(QStringLiteral("w9.tierscope")));
        s.removeRecentWorkspace(dir.filePath(QStringLiteral("w5.tierscope")));
        QVERIFY(!s.value(ui::settings::recentWorkspaces).contains(dir.filePath(QStringLiteral("w5.tierscope"))));
    }

    void filter_roundTripsThroughTheSettings()
    {
        core::CreatorFilter f;
        f.platforms = {core::Platform::TikTok, core::Platform::YouTube};
        f.tiers = {core::Tier::Nano, core::Tier::Micro};
        f.minFollowers = 10'000;
        f.maxFollowers = 99'999;
        f.minEngagementRate = 0.05;
        f.maxEngagementRate = 0.5;
        f.niches = {QStringLiteral("vegan"), QStringLiteral("food")};
        f.countries = {QStringLiteral("US"), QStringLiteral("GB")};
        f.languages = {QStringLiteral("en")};
        f.text = QStringLiteral("anna");
        f.minFeeMinor = 10'000;
        f.maxFeeMinor = 50'000;
        f.minAuthenticity = 0.8;
        f.maxSponsoredRatio = 0.3;
        QTemporaryDir dir;
        {
            ui::AppSettings s(dir.filePath(QStringLiteral("a.ini")));
            s.setValue(ui::settings::creatorsFilter, ui::CreatorFilterCodec::toMap(f));
        }
        ui::AppSettings s(dir.filePath(QStringLiteral("a.ini")));
        QCOMPARE(ui::CreatorFilterCodec::fromMap(s.value(ui::settings::creatorsFilter)), f);
        QCOMPARE(ui::CreatorFilterCodec::fromMap({}), core::CreatorFilter{});
    }

    void numberInput_readsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value"); // -1: none
        QTest::newRow("empty") << QString() << true << -1.0;
        QTest::newRow("50k") << QStringLiteral("50k") << true << 50'000.0;
        QTest::newRow("1.2M") << QStringLiteral("1.2M") << true << 1'200'000.0;
        QTest::newRow("15,000") << QStringLiteral("15,000") << true << 15'000.0;
        QTest::newRow("junk") << QStringLiteral("lots") << false << -1.0;
    }

    void numberInput_readsWhatPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const ui::NumberInput n = ui::NumberInput::parse(text);
        QCOMPARE(n.valid, valid);
        QCOMPARE(n.value.value_or(-1.0), value);
        QCOMPARE(ui::NumberInput::parsePercent(QStringLiteral("6.5")).value.value_or(0), 0.065);
        QCOMPARE(ui::NumberInput::parsePercent(QStringLiteral("6.5%")).value.value_or(0), 0.065);
    }
};

QTEST_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
