// SPDX-License-Identifier: GPL-3.0-or-later
// The creator import dialog's preview as the values will be stored, its questions about how
// the file writes numbers and the platform it requires; the summary's notes and list; the
// progress of the two passes.
#include "tests/ui/support/ui_test_support.h"
#include "ui/import/decimal_question_panel.h"
#include "ui/import/import_colors.h"
#include "ui/import/import_dialog.h"
#include "ui/import/import_mapping_model.h"
#include "ui/import/import_progress_text.h"
#include "ui/import/import_summary_dialog.h"
#include "ui/import/rejected_rows_model.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope;
using core::CreatorField;
using core::DecimalMark;
using Model = ui::ImportMappingModel;

class TestImportPreview : public QObject
{
    Q_OBJECT

private:
    static QString cell(const Model *m, int record, int column, int role = Qt::DisplayRole)
    {
        return m->index(record + 1, column).data(role).toString();
    }

    static Model::CellState state(const Model *m, int record, int column)
    {
        return Model::CellState(m->index(record + 1, column).data(Model::CellStateRole).toInt());
    }

    static QString subtitle(const Model *m, int column)
    {
        return m->headerData(column, Qt::Horizontal, Model::SubtitleRole).toString();
    }

    static int columnOf(const ui::ImportDialog &d, CreatorField f)
    {
        return int(d.mapping().columnFor(f));
    }

    // Only the fee column does not show its decimal mark: "1.200 €" is 1,200 or 1.2.
    static QByteArray ambiguousFile()
    {
        return "handle;platform;followers;fee\r\n"
               "anna.fit;instagram;12300;1.200 €\r\n"
               "ben.kocht;tiktok;48700;850 €\r\n";
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void germanFile_isPreviewedAsItWillBeStored()
    {
        QTemporaryDir dir;
        const QString csv =
            test::writeFile(dir, QStringLiteral("de.csv"),
                            "Benutzername;Plattform;Follower;Ø Likes;Engagement-Rate;"
                            "Honorar;Land\r\n"
                            "@anna.fit;Instagram;12.300;1.234,5;12,5 %;1.200 €;DE\r\n"
                            "@ben.kocht;TikTok;viele;3.100;N/A;850 €;AT\r\n"
                            ";Instagram;5.000;100;2 %;100 €;DE\r\n");
        ui::ImportDialog dialog;
        QAbstractItemModelTester tester(dialog.mappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(dialog.setFile(csv));
        const Model *m = dialog.mappingModel();
        const int followers = columnOf(dialog, CreatorField::Followers);
        const int likes = columnOf(dialog, CreatorField::AvgLikes);
        const int er = columnOf(dialog, CreatorField::EngagementRate);
        const int fee = columnOf(dialog, CreatorField::Fee);
        QVERIFY(followers >= 0 && likes >= 0 && er >= 0 && fee >= 0);

        // The first row, as stored and formatted for the user's locale.
        QCOMPARE(cell(m, 0, 0), QStringLiteral("@anna.fit"));
        QCOMPARE(cell(m, 0, followers), QStringLiteral("12,300"));
        QCOMPARE(cell(m, 0, likes), QStringLiteral("1,234.5"));
        QCOMPARE(cell(m, 0, er), QStringLiteral("12.5%"));
        QCOMPARE(cell(m, 0, fee), QStringLiteral("€1,200.00"));
        QCOMPARE(state(m, 0, fee), Model::CellState::Stored);
        QVERIFY(cell(m, 0, fee, Qt::ToolTipRole).contains(u"“1.200 €”"));
        QCOMPARE(cell(m, 0, followers, Model::FileTextRole), QStringLiteral("12.300"));

        // A cell that does not read loses its field, in the warning colour, with the reason.
        QCOMPARE(state(m, 1, followers), Model::CellState::CellIssue);
        QVERIFY(cell(m, 1, followers).contains(u"viele"));
        QVERIFY(cell(m, 1, followers, Qt::ToolTipRole).startsWith(u"Left unknown: "));
        QCOMPARE(m->index(2, followers).data(Qt::ForegroundRole).value<QColor>(),
                 ui::importWarningColor(QGuiApplication::palette()));
        // A missing-value marker is unknown, shown "—".
        QCOMPARE(state(m, 1, er), Model::CellState::Unknown);
        QCOMPARE(cell(m, 1, er), QStringLiteral("—"));
        QCOMPARE(cell(m, 1, fee), QStringLiteral("€850.00"));

        // A row that cannot be a creator is refused: its line says why.
        QCOMPARE(state(m, 2, followers), Model::CellState::Refused);
        QCOMPARE(m->headerData(3, Qt::Vertical).toString(), QStringLiteral("4")); // its line
        QVERIFY(m->headerData(3, Qt::Vertical, Qt::ToolTipRole).toString().contains(u"handle"));

        // Each column says how its numbers are read.
        QVERIFY(subtitle(m, followers).contains(u"thousands"));
        QVERIFY(subtitle(m, likes).contains(u"decimal comma"));
        QVERIFY(subtitle(m, er).contains(u"decimal comma"));
        QVERIFY(subtitle(m, er).contains(u"percent"));
        QVERIFY(subtitle(m, fee).contains(u"decimal comma"));
        QVERIFY(!m->headerData(fee, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        // The file settles every column: nothing to ask, the import can run.
        QCOMPARE(dialog.decimalQuestions()->questionCount(), 0);
        QVERIFY(!dialog.decimalQuestions()->isVisible());
        QVERIFY(dialog.undecidedColumns().isEmpty());
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemText()));
        QCOMPARE(dialog.options().locale, QLocale());

        // The cells as written in the file, on request.
        dialog.fileTextBox()->setChecked(true);
        QCOMPARE(cell(m, 0, followers), QStringLiteral("12.300"));
        QCOMPARE(cell(m, 0, fee), QStringLiteral("1.200 €"));
        dialog.fileTextBox()->setChecked(false);
        QCOMPARE(cell(m, 0, fee), QStringLiteral("€1,200.00"));
    }

    void ambiguousColumn_isAsked_andImportWaitsForTheAnswer()
    {
        QTemporaryDir dir;
        const QString csv = test::writeFile(dir, QStringLiteral("fee.csv"), ambiguousFile());
        ui::ImportDialog dialog;
        QAbstractItemModelTester tester(dialog.mappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(dialog.setFile(csv));
        const Model *m = dialog.mappingModel();
        const int fee = columnOf(dialog, CreatorField::Fee);
        QCOMPARE(fee, 3);

        QCOMPARE(dialog.ambiguousColumns(), QStringList {QStringLiteral("fee")});
        QCOMPARE(dialog.undecidedColumns(), QStringList {QStringLiteral("fee")});
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.problemText().contains(u"“fee”"));
        ui::DecimalQuestionPanel *questions = dialog.decimalQuestions();
        QVERIFY(questions->isVisible());
        QCOMPARE(questions->questionCount(), 1);
        // Both readings as they would be stored, the thousands one first.
        QCOMPARE(questions->questionText(0),
                 QStringLiteral("Column “fee” only has values such as “1.200 €”: is that "
                                "€1,200.00 or €1.20?"));
        QRadioButton *thousands = questions->choice(QStringLiteral("fee"), DecimalMark::Comma);
        QRadioButton *decimals = questions->choice(QStringLiteral("fee"), DecimalMark::Point);
        QVERIFY(thousands && decimals);
        QVERIFY(!thousands->isChecked() && !decimals->isChecked());
        QVERIFY(thousands->text().startsWith(u"€1,200.00"));
        QVERIFY(decimals->text().startsWith(u"€1.20"));
        // Until answered, the column is read as the locale writes numbers, and marked so.
        QCOMPARE(state(dialog.mappingModel(), 0, fee), Model::CellState::Undecided);
        QVERIFY(subtitle(m, fee).contains(u"?"));

        thousands->click();
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemText()));
        QCOMPARE(cell(m, 0, fee), QStringLiteral("€1,200.00"));
        QCOMPARE(state(m, 0, fee), Model::CellState::Stored);
        QVERIFY(subtitle(m, fee).contains(u"answered"));
        QCOMPARE(dialog.options().columnDecimalMarks,
                 (QHash<QString, DecimalMark> {{QStringLiteral("fee"), DecimalMark::Comma}}));
        QCOMPARE(dialog.options().decimalMark, DecimalMark::Auto);
        // The question stays, answered, so that the answer can change.
        QCOMPARE(questions->questionCount(), 1);
        QVERIFY(questions->choice(QStringLiteral("fee"), DecimalMark::Comma)->isChecked());

        questions->choice(QStringLiteral("fee"), DecimalMark::Point)->click();
        QCOMPARE(cell(m, 0, fee), QStringLiteral("€1.20"));
        QCOMPARE(dialog.options().columnDecimalMarks.value(QStringLiteral("fee")),
                 DecimalMark::Point);
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(cell(m, 1, fee), QStringLiteral("€850.00")); // no separator: either way
    }

    void fileLevelNumbersChoice_settlesTheColumnsTheFileDoesNot()
    {
        QTemporaryDir dir;
        const QString csv = test::writeFile(dir, QStringLiteral("fee.csv"), ambiguousFile());
        ui::ImportDialog dialog;
        QVERIFY(dialog.setFile(csv));
        const Model *m = dialog.mappingModel();
        QVERIFY(!dialog.importButton()->isEnabled());

        QComboBox *numbers = dialog.numbersBox();
        numbers->setCurrentIndex(numbers->findData(int(DecimalMark::Comma)));
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemText()));
        QVERIFY(dialog.undecidedColumns().isEmpty());
        QCOMPARE(dialog.options().decimalMark, DecimalMark::Comma);
        QVERIFY(dialog.options().columnDecimalMarks.isEmpty());
        QCOMPARE(cell(m, 0, 3), QStringLiteral("€1,200.00"));
        QVERIFY(subtitle(m, 3).contains(u"file's choice"));
        // The question shows the reading the file's choice gives.
        QVERIFY(dialog.decimalQuestions()
                    ->choice(QStringLiteral("fee"), DecimalMark::Comma)
                    ->isChecked());

        numbers->setCurrentIndex(numbers->findData(int(DecimalMark::Point)));
        QCOMPARE(cell(m, 0, 3), QStringLiteral("€1.20"));
        QCOMPARE(dialog.options().decimalMark, DecimalMark::Point);

        // Back to detection: the question is open again.
        numbers->setCurrentIndex(numbers->findData(int(DecimalMark::Auto)));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.undecidedColumns(), QStringList {QStringLiteral("fee")});
    }

    void severalAmbiguousColumns_areAnsweredAtOnce()
    {
        QTemporaryDir dir;
        const QString csv = test::writeFile(dir, QStringLiteral("many.csv"),
                                            "handle;platform;followers;likes;views;fee\r\n"
                                            "anna.fit;instagram;12.300;1.200;12.000;1.200 €\r\n"
                                            "ben.kocht;tiktok;48.700;3.100;99.000;850 €\r\n");
        ui::ImportDialog dialog;
        dialog.show();
        QVERIFY(dialog.setFile(csv));
        QCOMPARE(dialog.undecidedColumns(),
                 (QStringList {QStringLiteral("likes"), QStringLiteral("views"),
                               QStringLiteral("fee")}));
        ui::DecimalQuestionPanel *questions = dialog.decimalQuestions();
        QCOMPARE(questions->questionCount(), 3);
        // One column answered on its own, then all of them at once: the one answer for all wins.
        questions->choice(QStringLiteral("likes"), DecimalMark::Point)->click();
        QCOMPARE(dialog.undecidedColumns().size(), 2);
        auto *allComma = questions->findChild<QPushButton *>(QStringLiteral("allDecimalComma"));
        QVERIFY(allComma && allComma->isVisible());
        allComma->click();
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemText()));
        QCOMPARE(dialog.options().decimalMark, DecimalMark::Comma);
        QVERIFY(dialog.options().columnDecimalMarks.isEmpty());
        QCOMPARE(dialog.numbersBox()->currentData().toInt(), int(DecimalMark::Comma));
        const Model *m = dialog.mappingModel();
        QCOMPARE(cell(m, 0, columnOf(dialog, CreatorField::AvgLikes)), QStringLiteral("1,200"));
        QCOMPARE(cell(m, 0, columnOf(dialog, CreatorField::AvgViews)), QStringLiteral("12,000"));
        QCOMPARE(cell(m, 0, columnOf(dialog, CreatorField::Fee)), QStringLiteral("€1,200.00"));
    }

    void fileWithoutPlatformOrProfileUrls_requiresThePlatformChoice()
    {
        QTemporaryDir dir;
        const QString csv = test::writeFile(dir, QStringLiteral("plain.csv"),
                                            "handle,followers\nanna.fit,12300\nben.kocht,48700\n");
        ui::ImportDialog dialog;
        dialog.show();
        QVERIFY(dialog.setFile(csv));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.problemText().contains(u"platform"));
        QComboBox *platform = dialog.platformBox();
        QCOMPARE(platform->currentData().toInt(), -1);
        QCOMPARE(platform->itemText(0), QStringLiteral("Choose the platform…"));
        // The values are previewed meanwhile, not refused row by row.
        QCOMPARE(cell(dialog.mappingModel(), 0, 1), QStringLiteral("12,300"));
        QCOMPARE(state(dialog.mappingModel(), 0, 1), Model::CellState::Stored);

        platform->setCurrentIndex(platform->findData(int(core::Platform::YouTube)));
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemText()));
        QCOMPARE(dialog.options().platform, std::optional(core::Platform::YouTube));
        QCOMPARE(platform->itemText(0), QStringLiteral("None: each row says"));
        platform->setCurrentIndex(0);
        QVERIFY(!dialog.importButton()->isEnabled());

        // Profile URLs name the platform: no choice is needed.
        const QString urls = test::writeFile(dir, QStringLiteral("urls.csv"),
                                             "handle,followers,profile_url\n"
                                             "anna.fit,100,https://www.tiktok.com/@anna.fit\n");
        QVERIFY(dialog.setFile(urls));
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problemText()));
        QCOMPARE(dialog.platformBox()->itemText(0), QStringLiteral("None: each row says"));
    }

    void changingWhatAColumnFills_refreshesTheStoredValues()
    {
        QTemporaryDir dir;
        const QString csv = test::writeFile(dir, QStringLiteral("aud.csv"),
                                            "handle,platform,followers,Reichweite\n"
                                            "anna.fit,tiktok,100,12.300\n");
        ui::ImportDialog dialog;
        QAbstractItemModelTester tester(dialog.mappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(dialog.setFile(csv));
        Model *m = dialog.mappingModel();
        QCOMPARE(dialog.mapping().target(3), CreatorField::Extra);
        QCOMPARE(cell(m, 0, 3), QStringLiteral("12.300")); // kept as written
        QCOMPARE(state(m, 0, 3), Model::CellState::AsInFile);
        QVERIFY(m->setData(m->index(Model::kMappingRow, 3), int(CreatorField::Followers)));
        QCOMPARE(dialog.mapping().target(3), CreatorField::Followers);
        QCOMPARE(cell(m, 0, 3), QStringLiteral("12,300"));
        QCOMPARE(state(m, 0, 3), Model::CellState::Stored);
        QVERIFY(subtitle(m, 3).contains(u"thousands"));
    }

    void longFile_saysItsReadingsComeFromTheFirstRows()
    {
        QTemporaryDir dir;
        QByteArray data = "handle,platform,followers\n";
        const QByteArray small = data + "anna.fit,tiktok,100\n";
        for (int i = 0; i < core::kPreviewSurveyRows + 10; ++i)
            data += "user" + QByteArray::number(i) + ",tiktok,100\n";
        ui::ImportDialog dialog;
        QVERIFY(dialog.setFile(test::writeFile(dir, QStringLiteral("small.csv"), small)));
        const auto mentionsFirstRows = [&dialog] {
            const QStringList notes = dialog.notes();
            return std::any_of(notes.cbegin(), notes.cend(), [](const QString &n) {
                return n.contains(u"from the first 20,000 rows");
            });
        };
        QVERIFY(!mentionsFirstRows());
        QVERIFY(dialog.setFile(test::writeFile(dir, QStringLiteral("long.csv"), data)));
        QVERIFY(mentionsFirstRows());
    }

    void summary_showsCellsLeftUnknownTalliesRepeatsAndFlags()
    {
        core::ImportReport report;
        report.rowsRead = 120;
        report.inserted = 100;
        report.updated = 1;
        report.rejected = 1;
        report.rejectedRows = {
            {12, QStringLiteral("handle"), QStringLiteral("the handle is missing")}};
        report.cellIssueCount = 2;
        report.cellIssues = {
            {5, QStringLiteral("Follower"), QStringLiteral("“viele” is not a number")},
            {12, QStringLiteral("Honorar"), QStringLiteral("“?” is not an amount")}};
        report.unknownValues = {
            {QStringLiteral("ER"), 60, {QStringLiteral("NaN%"), QStringLiteral("N/A")}}};
        report.repeatedInFile = 1;
        report.repeatedRows = {{67, 40, QStringLiteral("anna.fit")}};
        report.engagementAboveFollowers = 3;
        report.readings = {QStringLiteral("Column “Honorar” only has values such as “1.200 €”, "
                                          "which the file does not tell apart; read with a "
                                          "decimal comma (1.234,5), as chosen for the file."),
                           QStringLiteral("Column “Follower” holds whole counts, so “.” groups "
                                          "thousands (“12.300” is 12,300).")};
        report.ambiguousColumns = {QStringLiteral("Honorar")};
        report.mapping = core::HeaderMapping(); // as a creator import: counted cells
        ui::ImportSummaryDialog summary(QStringLiteral("de.csv"), report);
        QCOMPARE(summary.countText(QStringLiteral("unknownCells")), QStringLiteral("2"));
        QCOMPARE(summary.countText(QStringLiteral("rejected")), QStringLiteral("1"));

        const QStringList notes = summary.noteLines();
        QCOMPARE(notes.value(0), u"Not settled by the file: " + report.readings[0]);
        QCOMPARE(notes.value(1), report.readings[1]);
        QVERIFY(
            notes.contains(QStringLiteral("60 values of column “ER” read as unknown: NaN%, N/A")));
        QVERIFY(notes.contains(QStringLiteral(
            "1 row(s) repeat a creator from earlier in the file (line 67 repeats @anna.fit from "
            "line 40); the later values were kept.")));
        QVERIFY(notes.contains(QStringLiteral(
            "3 creator(s) have more interactions than followers (real on video platforms): "
            "imported and flagged.")));

        ui::RejectedRowsModel *model = summary.rejectedModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        const auto at = [model](int row, int column) {
            return model->index(row, column).data().toString();
        };
        using R = ui::RejectedRowsModel;
        QCOMPARE(at(0, R::LineColumn), QStringLiteral("5"));
        QCOMPARE(at(0, R::KindColumn), QStringLiteral("field left unknown"));
        QCOMPARE(at(0, R::ColumnColumn), QStringLiteral("Follower"));
        QCOMPARE(at(1, R::LineColumn), QStringLiteral("12"));
        QCOMPARE(at(1, R::KindColumn), QStringLiteral("row refused")); // before its cells
        QCOMPARE(at(2, R::LineColumn), QStringLiteral("12"));
        QCOMPARE(at(2, R::KindColumn), QStringLiteral("field left unknown"));
        QCOMPARE(at(3, R::LineColumn), QStringLiteral("67"));
        QCOMPARE(at(3, R::KindColumn), QStringLiteral("repeats a row"));
        QCOMPARE(at(3, R::ReasonColumn),
                 QStringLiteral("repeats @anna.fit from line 40; the later values were kept"));

        // With duplicates skipped, the repeat says the row was skipped.
        ui::ImportSummaryDialog skipped(QStringLiteral("de.csv"), report, nullptr,
                                        core::BulkCreatorWriter::OnDuplicate::Skip);
        QCOMPARE(skipped.rejectedModel()->index(3, R::ReasonColumn).data().toString(),
                 QStringLiteral("repeats @anna.fit from line 40; this row was skipped"));
    }

    void progress_surveyFillsTheFirstQuarter_importTheRest_neverBackwards()
    {
        using P = core::ImportProgress;
        using T = ui::ImportProgressText;
        const qint64 total = 1000;
        int bar = 0;
        bar = T::barValue({4096, 500, total, P::Phase::Surveying}, bar);
        QCOMPARE(bar, T::kSteps / 8);
        bar = T::barValue({8192, 1000, total, P::Phase::Surveying}, bar);
        QCOMPARE(bar, T::kSteps / 4);
        // The import starts its rows and bytes from 0: the bar stays where the survey ended.
        bar = T::barValue({0, 0, total, P::Phase::Importing}, bar);
        QCOMPARE(bar, T::kSteps / 4);
        bar = T::barValue({4096, 500, total, P::Phase::Importing}, bar);
        QCOMPARE(bar, T::kSteps / 4 + T::kSteps * 3 / 8);
        bar = T::barValue({8192, 1000, total, P::Phase::Importing}, bar);
        QCOMPARE(bar, T::kSteps);
        QCOMPARE(T::barValue({10, 0, -1, P::Phase::Importing}, 300), 300); // size unknown

        const QString file = QStringLiteral("de.csv");
        QCOMPARE(T::label({4096, 500, total, P::Phase::Surveying}, file),
                 QStringLiteral("Reading how “de.csv” writes its numbers… 4,096 rows read"));
        QCOMPARE(T::label({4096, 500, total, P::Phase::Importing}, file),
                 QStringLiteral("Importing “de.csv”… 4,096 rows read"));
        QCOMPARE(T::label({8192, 1000, total, P::Phase::Importing}, file),
                 QStringLiteral("Saving 8,192 rows from “de.csv”…"));
    }
};

QTEST_MAIN(TestImportPreview)
#include "tst_import_preview.moc"
