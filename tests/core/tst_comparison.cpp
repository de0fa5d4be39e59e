// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/comparison.h"
#include "core/common/display_format.h"
#include "core/storage/settings_repository.h"

#include <QTest>

using namespace tierscope::core;

Q_DECLARE_METATYPE(tierscope::core::BetterWhen)

namespace {

const QVariant unknown;

// One cell per entry; values are QVariant (invalid: unknown), currencies optional.
ComparisonRow makeRow(BetterWhen rule, const QVariantList &values,
                      const QStringList &currencies = {})
{
    ComparisonRow row;
    row.rule = rule;
    for (qsizetype i = 0; i < values.size(); ++i) {
        ComparisonCell c;
        if (values[i].isValid())
            c.value = values[i].toDouble();
        c.currency = currencies.value(i);
        row.cells << c;
    }
    return row;
}

QList<bool> bestFlags(const ComparisonRow &row)
{
    QList<bool> out;
    for (const ComparisonCell &c : row.cells)
        out << c.best;
    return out;
}

const ComparisonRow &rowOf(const QList<ComparisonRow> &rows, ComparisonField field)
{
    for (const ComparisonRow &r : rows) {
        if (r.field == field)
            return r;
    }
    qFatal("row missing");
}

Creator creator(qint64 id, Platform platform, const QString &handle, qint64 followers,
                std::optional<double> er)
{
    Creator c;
    c.id = id;
    c.platform = platform;
    c.handle = handle;
    c.followers = followers;
    c.engagementRate = er;
    c.erSource = er ? ErSource::Computed : ErSource::Unknown;
    return c;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void markBest_data()
    {
        QTest::addColumn<BetterWhen>("rule");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QStringList>("currencies");
        QTest::addColumn<QList<bool>>("best");
        QTest::addColumn<bool>("hasMarkingNote");

        const auto H = BetterWhen::Higher;
        const auto L = BetterWhen::Lower;
        QTest::newRow("higher wins") << H << QVariantList {0.05, 0.09, 0.07} << QStringList()
                                     << QList<bool> {false, true, false} << false;
        QTest::newRow("lower wins") << L << QVariantList {420.0, 150.0, 300.0} << QStringList()
                                    << QList<bool> {false, true, false} << false;
        QTest::newRow("ties mark every tied column")
            << H << QVariantList {0.09, 0.05, 0.09} << QStringList()
            << QList<bool> {true, false, true} << false;
        QTest::newRow("all tied: all marked")
            << L << QVariantList {7.0, 7.0} << QStringList() << QList<bool> {true, true} << false;
        QTest::newRow("tie within rounding noise")
            << H << QVariantList {0.1 + 0.2, 0.3, 0.1} << QStringList()
            << QList<bool> {true, true, false} << false;
        QTest::newRow("unknown never wins, higher")
            << H << QVariantList {unknown, 0.02, 0.03} << QStringList()
            << QList<bool> {false, false, true} << false;
        QTest::newRow("unknown never wins, lower")
            << L << QVariantList {unknown, 500.0, 900.0} << QStringList()
            << QList<bool> {false, true, false} << false;
        QTest::newRow("zero is a value, and the lowest")
            << L << QVariantList {0.0, unknown, 3.0} << QStringList()
            << QList<bool> {true, false, false} << false;
        QTest::newRow("negative values: higher is still higher")
            << H << QVariantList {-0.02, -0.01, unknown} << QStringList()
            << QList<bool> {false, true, false} << false;
        QTest::newRow("one known value: nothing marked")
            << H << QVariantList {unknown, 0.05, unknown} << QStringList()
            << QList<bool> {false, false, false} << true;
        QTest::newRow("no known value: nothing marked")
            << H << QVariantList {unknown, unknown} << QStringList() << QList<bool> {false, false}
            << true;
        QTest::newRow("a single creator: nothing marked")
            << H << QVariantList {0.05} << QStringList() << QList<bool> {false} << true;
        QTest::newRow("not ranked: nothing marked, nothing to explain")
            << BetterWhen::NotRanked << QVariantList {1.0, 2.0} << QStringList()
            << QList<bool> {false, false} << false;
        QTest::newRow("one currency") << L << QVariantList {42000.0, 15000.0}
                                      << QStringList {QStringLiteral("USD"), QStringLiteral("USD")}
                                      << QList<bool> {false, true} << false;
        QTest::newRow("mixed currencies: best within each")
            << L << QVariantList {42000.0, 15000.0, 30000.0, 20000.0, 90000.0}
            << QStringList {QStringLiteral("USD"), QStringLiteral("USD"), QStringLiteral("EUR"),
                            QStringLiteral("EUR"), QStringLiteral("GBP")}
            << QList<bool> {false, true, false, true, false} << true;
        QTest::newRow("mixed currencies, one each: nothing marked")
            << L << QVariantList {42000.0, 15000.0}
            << QStringList {QStringLiteral("USD"), QStringLiteral("EUR")}
            << QList<bool> {false, false} << true;
        QTest::newRow("mixed currencies with unknowns")
            << L << QVariantList {unknown, 15000.0, 30000.0, 10000.0}
            << QStringList {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("USD"),
                            QStringLiteral("EUR")}
            << QList<bool> {false, true, false, false} << true;
    }
    void markBest()
    {
        QFETCH(BetterWhen, rule);
        QFETCH(QVariantList, values);
        QFETCH(QStringList, currencies);
        QFETCH(QList<bool>, best);
        QFETCH(bool, hasMarkingNote);
        ComparisonRow row = makeRow(rule, values, currencies);
        row.markBest();
        QCOMPARE(bestFlags(row), best);
        QCOMPARE(!row.markingNote.isEmpty(), hasMarkingNote);
        // Marking again gives the same result (and does not pile up notes).
        const QString note = row.markingNote;
        row.markBest();
        QCOMPARE(bestFlags(row), best);
        QCOMPARE(row.markingNote, note);
    }

    void markBest_mixedCurrenciesAreNamed()
    {
        ComparisonRow row =
            makeRow(BetterWhen::Lower, {1.0, 2.0}, {QStringLiteral("USD"), QStringLiteral("EUR")});
        row.markBest();
        QVERIFY2(row.markingNote.contains(QStringLiteral("USD"))
                     && row.markingNote.contains(QStringLiteral("EUR")),
                 qPrintable(row.markingNote));
    }

    void rules_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<BetterWhen>("rule");
        using F = ComparisonField;
        const auto row = [](F f, BetterWhen r) {
            QTest::newRow(qPrintable(Comparison::label(f))) << int(f) << r;
        };
        for (F f :
             {F::Followers, F::EngagementRate, F::ErVsBenchmark, F::ErPercentileInTier, F::ViewRate,
              F::AvgLikes, F::AvgComments, F::AvgShares, F::AvgViews, F::Authenticity})
            row(f, BetterWhen::Higher);
        for (F f : {F::SponsoredRatio, F::Fee, F::EstimatedCpe, F::EstimatedCpm})
            row(f, BetterWhen::Lower);
        for (F f : {F::Platform, F::Tier, F::Country, F::Language, F::Niches, F::MetricsAsOf})
            row(f, BetterWhen::NotRanked);
    }
    void rules()
    {
        QFETCH(int, field);
        QFETCH(BetterWhen, rule);
        QCOMPARE(Comparison::rule(ComparisonField(field)), rule);
        QVERIFY(!Comparison::label(ComparisonField(field)).isEmpty());
        QCOMPARE(ComparisonRow::ruleText(rule).isEmpty(), rule == BetterWhen::NotRanked);
    }

    void rows_coverEveryFieldInOrder()
    {
        const QList<Creator> creators {
            creator(1, Platform::Instagram, QStringLiteral("a"), 20'000, 0.05),
            creator(2, Platform::TikTok, QStringLiteral("b"), 30'000, 0.06)};
        const auto rows = Comparison::rows(creators, ComparisonContext {});
        QCOMPARE(rows.size(), Comparison::fields().size());
        QCOMPARE(rows.size(), 20);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].field, Comparison::fields()[i]);
            QCOMPARE(rows[i].cells.size(), 2);
            QCOMPARE(rows[i].rule, Comparison::rule(rows[i].field));
        }
    }

    // Three creators, values worked out by hand.
    void rows_handComputed()
    {
        Creator anna = creator(11, Platform::Instagram, QStringLiteral("anna"), 48'700, 0.069);
        anna.erSource = ErSource::Reported;
        anna.avgLikes = 3'000;
        anna.avgComments = 300;
        anna.avgViews = std::nullopt; // CPM falls back to Instagram's default view rate
        anna.fee = Money(42'000, QStringLiteral("USD"));
        anna.sponsoredRatio = 0.2;
        anna.authenticity = 0.91;
        anna.country = QStringLiteral("US");
        anna.niches = {QStringLiteral("fitness"), QStringLiteral("food")};
        anna.metricsAsOf = QDate(2026, 11, 2);

        Creator ben = creator(12, Platform::TikTok, QStringLiteral("ben"), 12'300, 0.091);
        ben.avgLikes = 1'000;
        ben.avgViews = 24'600; // view rate 200 %
        ben.fee = Money(15'000, QStringLiteral("USD"));
        ben.sponsoredRatio = 0.2; // tied with anna
        ben.authenticity = std::nullopt;

        Creator cleo =
            creator(13, Platform::YouTube, QStringLiteral("cleo"), 150'000, std::nullopt);
        cleo.fee = Money(50'000, QStringLiteral("EUR"));
        cleo.avgViews = 30'000;
        cleo.authenticity = 0.85;

        ComparisonContext context;
        context.locale = QLocale::c();
        context.defaultViewRates.insert(Platform::Instagram, 0.25);
        context.erPercentiles.insert(11, 0.40);
        context.erPercentiles.insert(12, 0.95);
        const auto rows = Comparison::rows({anna, ben, cleo}, context);

        const ComparisonRow &tier = rowOf(rows, ComparisonField::Tier);
        QCOMPARE(tier.cells[0].text, tierDisplayName(Tier::Micro));
        QCOMPARE(tier.cells[2].text, tierDisplayName(Tier::Macro));

        const ComparisonRow &er = rowOf(rows, ComparisonField::EngagementRate);
        QCOMPARE(bestFlags(er), (QList<bool> {false, true, false}));
        QCOMPARE(er.cells[2].text, format::unknown());
        QVERIFY(!er.cells[0].note.isEmpty()); // reported by source
        QVERIFY(er.cells[0].note != er.cells[1].note); // … and computed

        // Micro benchmark 7 %: anna −0.1 pt, ben +2.1 pt; cleo has no ER.
        const ComparisonRow &vs = rowOf(rows, ComparisonField::ErVsBenchmark);
        QCOMPARE(*vs.cells[0].value, 0.069 - 0.07);
        QCOMPARE(*vs.cells[1].value, 0.091 - 0.07);
        QVERIFY(!vs.cells[2].value);
        QCOMPARE(bestFlags(vs), (QList<bool> {false, true, false}));

        const ComparisonRow &pct = rowOf(rows, ComparisonField::ErPercentileInTier);
        QCOMPARE(*pct.cells[0].value, 0.40);
        QVERIFY(!pct.cells[2].value); // no percentile given (and no ER)
        QCOMPARE(bestFlags(pct), (QList<bool> {false, true, false}));

        // View rate: only measured views count (ben 200 %, cleo 20 %); anna unknown.
        const ComparisonRow &viewRate = rowOf(rows, ComparisonField::ViewRate);
        QVERIFY(!viewRate.cells[0].value);
        QCOMPARE(*viewRate.cells[1].value, 2.0);
        QCOMPARE(*viewRate.cells[2].value, 0.2);
        QCOMPARE(bestFlags(viewRate), (QList<bool> {false, true, false}));

        // Avg comments: one known value only, nothing to compare.
        const ComparisonRow &comments = rowOf(rows, ComparisonField::AvgComments);
        QCOMPARE(bestFlags(comments), (QList<bool> {false, false, false}));
        QVERIFY(!comments.markingNote.isEmpty());

        // Authenticity: higher; ben unknown.
        QCOMPARE(bestFlags(rowOf(rows, ComparisonField::Authenticity)),
                 (QList<bool> {true, false, false}));
        // Sponsored ratio: lower is better, anna and ben tie; cleo unknown.
        QCOMPARE(bestFlags(rowOf(rows, ComparisonField::SponsoredRatio)),
                 (QList<bool> {true, true, false}));

        // Fees: USD ranked among USD only; cleo's EUR fee has no peer.
        const ComparisonRow &fee = rowOf(rows, ComparisonField::Fee);
        QCOMPARE(bestFlags(fee), (QList<bool> {false, true, false}));
        QCOMPARE(fee.cells[2].currency, QStringLiteral("EUR"));
        QVERIFY(fee.markingNote.contains(QStringLiteral("EUR")));
        QCOMPARE(fee.cells[0].text, Money(42'000, QStringLiteral("USD")).format(QLocale::c()));

        // CPE per post: anna 42,000 / (48,700 × 0.069) = 12.50 ¢; ben 15,000 / (12,300 × 0.091)
        // = 13.40 ¢; cleo has no ER.
        const ComparisonRow &cpe = rowOf(rows, ComparisonField::EstimatedCpe);
        QCOMPARE(*cpe.cells[0].value, 42'000.0 / (48'700.0 * 0.069));
        QCOMPARE(*cpe.cells[1].value, 15'000.0 / (12'300.0 * 0.091));
        QVERIFY(!cpe.cells[2].value);
        QCOMPARE(bestFlags(cpe), (QList<bool> {true, false, false}));
        QCOMPARE(cpe.cells[0].text, Money(12, QStringLiteral("USD")).format(QLocale::c()));

        // CPM per post: anna 42,000 / (48,700 × 25 %) × 1000 = 3,449.69 ¢ (default rate, noted);
        // ben 15,000 / 24,600 × 1000 = 609.76 ¢; cleo 50,000 / 30,000 × 1000 EUR.
        const ComparisonRow &cpm = rowOf(rows, ComparisonField::EstimatedCpm);
        QCOMPARE(*cpm.cells[0].value, 42'000.0 / 12'175.0 * 1000.0);
        QCOMPARE(*cpm.cells[1].value, 15'000.0 / 24'600.0 * 1000.0);
        QCOMPARE(*cpm.cells[2].value, 50'000.0 / 30'000.0 * 1000.0);
        QVERIFY(!cpm.cells[0].note.isEmpty());
        QVERIFY(cpm.cells[1].note.isEmpty());
        QCOMPARE(bestFlags(cpm), (QList<bool> {false, true, false}));

        // Text rows are never ranked.
        for (ComparisonField f :
             {ComparisonField::Platform, ComparisonField::Tier, ComparisonField::Country,
              ComparisonField::Niches, ComparisonField::MetricsAsOf})
            QCOMPARE(bestFlags(rowOf(rows, f)), (QList<bool> {false, false, false}));
        QCOMPARE(rowOf(rows, ComparisonField::Niches).cells[0].text,
                 QStringLiteral("fitness, food"));
        QCOMPARE(rowOf(rows, ComparisonField::MetricsAsOf).cells[0].text,
                 QStringLiteral("2026-11-02"));
        QCOMPARE(rowOf(rows, ComparisonField::Country).cells[1].text, format::unknown());
    }

    // Without a setting, CPM uses the built-in default view rate of the platform.
    void rows_cpmUsesBuiltInViewRate()
    {
        Creator a = creator(1, Platform::TikTok, QStringLiteral("a"), 100'000, 0.05);
        a.fee = Money(9'000, QStringLiteral("USD"));
        const auto rows = Comparison::rows({a}, ComparisonContext {});
        const double rate = SettingsRepository::builtInViewRate(Platform::TikTok);
        QCOMPARE(*rowOf(rows, ComparisonField::EstimatedCpm).cells[0].value,
                 9'000.0 / (100'000.0 * rate) * 1000.0);
    }

    void rows_subCentCpeIsNotShownAsZero()
    {
        Creator a = creator(1, Platform::Instagram, QStringLiteral("a"), 1'000'000, 0.05);
        a.fee = Money(100, QStringLiteral("USD")); // $1 for 50,000 engagements: 0.002 ¢ each
        ComparisonContext context;
        context.locale = QLocale::c();
        const auto rows = Comparison::rows({a}, context);
        const ComparisonCell &cpe = rowOf(rows, ComparisonField::EstimatedCpe).cells[0];
        QCOMPARE(*cpe.value, 0.002);
        QVERIFY2(cpe.text.startsWith(u'<'), qPrintable(cpe.text));
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
