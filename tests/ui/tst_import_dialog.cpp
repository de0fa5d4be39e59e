// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/header_mapper.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/creators/creator_filter_panel.h"
#include "ui/creators/creators_view.h"
#include "ui/export/csv_export_flow.h"
#include "ui/import/csv_import_flow.h"
#include "ui/import/decimal_question_panel.h"
#include "ui/import/import_dialog.h"
#include "ui/import/import_mapping_model.h"
#include "ui/import/import_summary_dialog.h"
#include "ui/import/rejected_rows_model.h"
#include "ui/main/main_window.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace tierscope;
using core::CreatorField;

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    static qint64 creatorCount(core::Workspace &ws)
    {
        const auto n = core::CreatorRepository(ws.database()).totalCount();
        return n ? *n : -1;
    }

    static QComboBox *mappingCombo(ui::ImportDialog *dialog, int column)
    {
        const QModelIndex i =
            dialog->mappingModel()->index(ui::ImportMappingModel::kMappingRow, column);
        return qobject_cast<QComboBox *>(dialog->previewTable()->indexWidget(i));
    }

    // Presses Import and waits for the worker to end; the summary (or the message) is up then.
    static bool importAndWait(ui::MainWindow &w, ui::ImportDialog *dialog)
    {
        QSignalSpy finished(w.importFlow(), &ui::CsvImportFlow::finished);
        dialog->importButton()->click();
        return finished.wait(60'000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { ui::MessageBox::setAutoAnswers({}); }
    void cleanup() { ui::MessageBox::stopAutoAnswering(); }

    void preview_showsTheDetectedMappingOfAMessyHeader()
    {
        QTemporaryDir dir;
        const QString csv =
            test::writeFile(dir, QStringLiteral("messy.csv"),
                            "Username, Followers count, ER, Category, Country, Price\r\n"
                            "@anna.fit, 48.7K, 6.9%, fitness, US, $420\r\n"
                            "ben.cooks,\"12,300\",9.1%,food,GB,150\r\n");
        ui::ImportDialog dialog;
        QAbstractItemModelTester tester(dialog.mappingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(dialog.setFile(csv));
        const ui::ImportMappingModel *model = dialog.mappingModel();
        QCOMPARE(model->columnCount(), 6);
        QCOMPARE(model->rowCount(), 3); // the mapping row and two records
        const QList<CreatorField> expected = {CreatorField::Handle,         CreatorField::Followers,
                                              CreatorField::EngagementRate, CreatorField::Niches,
                                              CreatorField::Country,        CreatorField::Fee};
        for (int c = 0; c < 6; ++c) {
            QCOMPARE(model->mapping().target(c), expected[c]);
            QComboBox *combo = mappingCombo(&dialog, c);
            QVERIFY2(combo, "every column has its combo box");
            QCOMPARE(combo->currentText(), core::creatorFieldDisplayName(expected[c]));
            QCOMPARE(combo->count(), int(core::allCreatorFields().size()) + 2 + 1); // + separator
        }
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString().trimmed(),
                 QStringLiteral("Followers count"));
        QCOMPARE(model->index(2, 1).data().toString().trimmed(), QStringLiteral("12,300"));
        // No platform column and no profile URLs: the platform is a required choice.
        QVERIFY(!dialog.importButton()->isEnabled());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("importProblem"));
        QVERIFY(problem && problem->isVisible() && problem->text().contains(u"platform"));
        dialog.platformBox()->setCurrentIndex(
            dialog.platformBox()->findText(QStringLiteral("TikTok")));
        QVERIFY(!problem->isVisible());
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(dialog.options().platform, std::optional(core::Platform::TikTok));

        // Without a followers column there is nothing to import.
        mappingCombo(&dialog, 1)
            ->setCurrentIndex(mappingCombo(&dialog, 1)->findData(int(CreatorField::Ignore)));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.problemText().isEmpty());
    }

    void changingAColumnsCombo_changesTheMappingTheImportUses()
    {
        QTemporaryDir dir;
        test::addKnownCreators(*test::openWorkspace(dir, QStringLiteral("ws")));
        const QString csv = test::writeFile(dir, QStringLiteral("two-counts.csv"),
                                            "Handle,Followers,Audience,Comment\n"
                                            "new.one,100,5000,first note\n"
                                            "new.two,200,7000,second note\n");
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("ws.tierscope"))));
        const QLocale l;
        QTRY_COMPARE(w.statusText(),
                     QStringLiteral("%1 creators · %2 shown").arg(l.toString(12), l.toString(12)));

        ui::ImportDialog *dialog = w.importFlow()->openFile(csv);
        QVERIFY(dialog);
        QCOMPARE(dialog->mapping().target(1), CreatorField::Followers);
        QCOMPARE(dialog->mapping().target(2), CreatorField::Extra);
        QCOMPARE(dialog->mapping().target(3), CreatorField::Notes);
        // "Audience" is the follower count: Followers moves there, the old column becomes Extra.
        QComboBox *audience = mappingCombo(dialog, 2);
        audience->setCurrentIndex(audience->findData(int(CreatorField::Followers)));
        QCOMPARE(dialog->mapping().target(2), CreatorField::Followers);
        QCOMPARE(dialog->mapping().target(1), CreatorField::Extra);
        QCOMPARE(mappingCombo(dialog, 1)->currentData().toInt(), int(CreatorField::Extra));
        QComboBox *comment = mappingCombo(dialog, 3);
        comment->setCurrentIndex(comment->findData(int(CreatorField::Ignore)));
        dialog->platformBox()->setCurrentIndex(
            dialog->platformBox()->findText(QStringLiteral("YouTube")));

        // The mapping saves and loads back onto a fresh preview of the file.
        const QString mappingFile = dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(dialog->saveMapping(mappingFile));
        {
            ui::ImportDialog other;
            QVERIFY(other.setFile(csv));
            QCOMPARE(other.mapping().target(2), CreatorField::Extra);
            QVERIFY(other.loadMapping(mappingFile));
            QCOMPARE(other.mapping(), dialog->mapping());
        }

        QVERIFY(importAndWait(w, dialog));
        QTRY_VERIFY(w.importFlow()->summaryDialog());
        ui::ImportSummaryDialog *summary = w.importFlow()->summaryDialog();
        QCOMPARE(summary->countText(QStringLiteral("new")), l.toString(2));
        QCOMPARE(summary->countText(QStringLiteral("rejected")), l.toString(0));

        core::CreatorRepository repo(w.workspace()->database());
        const auto one = repo.findByHandle(core::Platform::YouTube, QStringLiteral("new.one"));
        QVERIFY2(one, qPrintable(one.error().message));
        QCOMPARE(one->followers, std::optional<qint64>(5000));
        QVERIFY(one->notes.isEmpty()); // ignored
        QCOMPARE(one->extra.value(QStringLiteral("Followers")).toString(), QStringLiteral("100"));
        const auto two = repo.findByHandle(core::Platform::YouTube, QStringLiteral("new.two"));
        QVERIFY(two);
        QCOMPARE(two->followers, std::optional<qint64>(7000));
        // The Creators view and the status bar count the new rows (creatorsChanged on this side).
        QTRY_COMPARE(w.statusText(),
                     QStringLiteral("%1 creators · %2 shown").arg(l.toString(14), l.toString(14)));
        summary->close();
    }

    void badRows_andBadCells_areListedInTheSummary_copyableAndSavable()
    {
        QTemporaryDir dir;
        test::openWorkspace(dir, QStringLiteral("ws"));
        const QString csv = test::writeFile(dir, QStringLiteral("bad.csv"),
                                            "handle,followers,platform\n"
                                            "good.one,1000,instagram\n"
                                            "minus.one,-5,instagram\n" // line 3: followers unknown
                                            ",2000,instagram\n" // line 4: no handle, refused
                                            "good.two,2500,tiktok\n"
                                            "words,lots,instagram\n" // line 6: followers unknown
                                            "what.net,300,myspace\n"); // line 7: refused
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("ws.tierscope"))));
        ui::ImportDialog *dialog = w.importFlow()->openFile(csv);
        QVERIFY(dialog && dialog->importButton()->isEnabled());
        QVERIFY(importAndWait(w, dialog));
        QTRY_VERIFY(w.importFlow()->summaryDialog());
        ui::ImportSummaryDialog *summary = w.importFlow()->summaryDialog();
        QTRY_VERIFY(summary->isVisible());
        const QLocale l;
        QCOMPARE(summary->countText(QStringLiteral("new")), l.toString(4));
        QCOMPARE(summary->countText(QStringLiteral("rejected")), l.toString(2));
        QCOMPARE(summary->countText(QStringLiteral("unknownCells")), l.toString(2));
        QCOMPARE(creatorCount(*w.workspace()), 4);

        // Refused rows and cells left unknown, in one list by line, each saying which it is.
        ui::RejectedRowsModel *model = summary->rejectedModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        const QList<qint64> lines = {3, 4, 6, 7};
        const QStringList kinds = {
            QStringLiteral("field left unknown"), QStringLiteral("row refused"),
            QStringLiteral("field left unknown"), QStringLiteral("row refused")};
        const QStringList columns = {QStringLiteral("followers"), QStringLiteral("handle"),
                                     QStringLiteral("followers"), QStringLiteral("platform")};
        for (int r = 0; r < 4; ++r) {
            QCOMPARE(model->index(r, ui::RejectedRowsModel::LineColumn).data().toLongLong(),
                     lines[r]);
            QCOMPARE(model->index(r, ui::RejectedRowsModel::KindColumn).data().toString(),
                     kinds[r]);
            QCOMPARE(model->index(r, ui::RejectedRowsModel::ColumnColumn).data().toString(),
                     columns[r]);
            QVERIFY(
                !model->index(r, ui::RejectedRowsModel::ReasonColumn).data().toString().isEmpty());
        }
        const auto &report = summary->report();
        QCOMPARE(report.cellIssues.size(), 2);
        QCOMPARE(model->index(0, ui::RejectedRowsModel::ReasonColumn).data().toString(),
                 report.cellIssues[0].reason);
        QVERIFY(report.cellIssues[0].reason.contains(u"negative"));
        QCOMPARE(model->index(1, ui::RejectedRowsModel::ReasonColumn).data().toString(),
                 report.rejectedRows[0].reason);

        // Ctrl+C copies the selected rows, tab-separated, in row order.
        QTableView *table = summary->rejectedTable();
        QVERIFY(table->isVisible());
        table->selectionModel()->select(model->index(3, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(model->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(table, QKeySequence::Copy);
        const QString expected = u"3\tfield left unknown\tfollowers\t" + report.cellIssues[0].reason
            + u"\n7\trow refused\tplatform\t" + report.rejectedRows[1].reason + u'\n';
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);

        // Saved as text (one sentence per entry) and as CSV.
        QVERIFY(summary->saveRejectedRows(dir.filePath(QStringLiteral("rejected.txt"))));
        QFile txt(dir.filePath(QStringLiteral("rejected.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        const QStringList txtLines =
            QString::fromUtf8(txt.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(txtLines.contains(u"field left unknown — " + report.cellIssues[0].toString()));
        QVERIFY(txtLines.contains(u"row refused — " + report.rejectedRows[1].toString()));
        QVERIFY(summary->saveRejectedRows(dir.filePath(QStringLiteral("rejected.csv"))));
        QFile csvOut(dir.filePath(QStringLiteral("rejected.csv")));
        QVERIFY(csvOut.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csvOut.readAll().split('\n');
        QCOMPARE(csvLines.size(), 6); // header, four rows, and the empty rest after the last CRLF
        QVERIFY(csvLines[1].startsWith("3,field left unknown,followers,"));
        QVERIFY(csvLines[2].startsWith("4,row refused,handle,"));
        summary->close();
    }

    void answeredColumn_andWorkspaceSettings_reachTheImport_andTheSummarySaysHowItWasRead()
    {
        QTemporaryDir dir;
        {
            auto ws = test::openWorkspace(dir, QStringLiteral("ws"));
            core::SettingsRepository settings(ws->database());
            core::ErBases bases; // TikTok by followers here, not by views as by default
            bases.set(core::Platform::TikTok, core::ErBasis::Followers);
            QVERIFY(!settings.setErBases(bases));
            QVERIFY(!settings.setDefaultCurrency(QStringLiteral("CHF")));
        }
        // "1.200 €" only: the file does not say whether it is 1,200 or 1.2.
        const QString csv = test::writeFile(dir, QStringLiteral("de.csv"),
                                            "handle;platform;followers;ER;likes;views;fee\r\n"
                                            "anna.fit;instagram;12.300;NaN%;500;;1.200 €\r\n"
                                            "ben.kocht;tiktok;48.700;N/A;2000;90000;850\r\n"
                                            "anna.fit;instagram;12.500;5 %;600;;1.250 €\r\n");
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("ws.tierscope"))));
        ui::ImportDialog *dialog = w.importFlow()->openFile(csv);
        QVERIFY(dialog);
        QVERIFY(!dialog->importButton()->isEnabled());
        QCOMPARE(dialog->undecidedColumns(), QStringList {QStringLiteral("fee")});
        // The preview knows the workspace's currency for fees that name none.
        const int fee = int(dialog->mapping().columnFor(CreatorField::Fee));
        QCOMPARE(dialog->mappingModel()->index(2, fee).data().toString(),
                 core::Money(85000, QStringLiteral("CHF")).format());
        auto *thousands =
            dialog->decimalQuestions()->choice(QStringLiteral("fee"), core::DecimalMark::Comma);
        QVERIFY(thousands);
        thousands->click();
        QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->problemText()));
        QCOMPARE(dialog->options().erBases.of(core::Platform::TikTok), core::ErBasis::Followers);
        QVERIFY(importAndWait(w, dialog));
        QTRY_VERIFY(w.importFlow()->summaryDialog());
        ui::ImportSummaryDialog *summary = w.importFlow()->summaryDialog();

        core::CreatorRepository repo(w.workspace()->database());
        const auto anna = repo.findByHandle(core::Platform::Instagram, QStringLiteral("anna.fit"));
        QVERIFY2(anna, qPrintable(anna.error().message));
        QCOMPARE(anna->followers, std::optional<qint64>(12'500)); // the later row
        QCOMPARE(anna->fee, std::optional(core::Money(125'000, QStringLiteral("EUR"))));
        const auto ben = repo.findByHandle(core::Platform::TikTok, QStringLiteral("ben.kocht"));
        QVERIFY(ben);
        QCOMPARE(ben->followers, std::optional<qint64>(48'700));
        QCOMPARE(ben->fee, std::optional(core::Money(85'000, QStringLiteral("CHF"))));
        QCOMPARE(ben->erBasis, std::optional(core::ErBasis::Followers));

        const QStringList notes = summary->noteLines();
        QVERIFY2(
            notes.contains(QStringLiteral("2 values of column “ER” read as unknown: NaN%, N/A")),
            qPrintable(notes.join(u'\n')));
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const QString &n) {
            return n.contains(u"line 4 repeats @anna.fit from line 2")
                && n.contains(u"the later values were kept");
        }));
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const QString &n) {
            return n.contains(u"“fee”") && n.contains(u"as chosen");
        }));
        ui::RejectedRowsModel *model = summary->rejectedModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ui::RejectedRowsModel::LineColumn).data().toLongLong(), 4);
        QCOMPARE(model->index(0, ui::RejectedRowsModel::KindColumn).data().toString(),
                 QStringLiteral("repeats a row"));
        summary->close();
    }

    void cancel_leavesTheCreatorCountUnchanged()
    {
        QTemporaryDir dir;
        test::addKnownCreators(*test::openWorkspace(dir, QStringLiteral("ws")));
        QByteArray data = "handle,followers,platform,country\n";
        for (int i = 0; i < 40'000; ++i)
            data += "bulk." + QByteArray::number(i) + ',' + QByteArray::number(1000 + i)
                + ",tiktok,US\n";
        const QString csv = test::writeFile(dir, QStringLiteral("big.csv"), data);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("ws.tierscope"))));
        ui::ImportDialog *dialog = w.importFlow()->openFile(csv);
        QVERIFY(dialog);
        QSignalSpy finished(w.importFlow(), &ui::CsvImportFlow::finished);
        dialog->importButton()->click();
        QVERIFY(w.importFlow()->isRunning());
        QVERIFY(w.isBusy());
        QVERIFY(!w.importFlow()->action()->isEnabled());
        QProgressDialog *progress = w.importFlow()->progressDialog();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // as the user does
        QVERIFY(finished.wait(60'000));
        QVERIFY(!w.importFlow()->summaryDialog());
        QCOMPARE(ui::MessageBox::shown().size(), 1);
        QCOMPARE(ui::MessageBox::shown().constFirst().title, QStringLiteral("Import Cancelled"));
        QVERIFY(ui::MessageBox::shown().constFirst().text.contains(u"unchanged"));
        QCOMPARE(creatorCount(*w.workspace()), 12);
        QVERIFY(w.importFlow()->action()->isEnabled());
    }

    void droppingACsvFile_onTheMainWindow_opensTheImportDialog()
    {
        QTemporaryDir dir;
        test::openWorkspace(dir, QStringLiteral("ws"));
        const QString csv =
            test::writeFile(dir, QStringLiteral("drop.csv"), "handle,followers\nx,1\n");
        const QString png = test::writeFile(dir, QStringLiteral("image.png"), "\x89PNG\r\n");
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.acceptDrops());

        const auto drop = [&w](const QString &file) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(file)});
            const QPoint pos = w.rect().center();
            QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&w, &enter);
            QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton,
                                 Qt::NoModifier);
            QCoreApplication::sendEvent(&w, &dropEvent);
            return enter.isAccepted() && dropEvent.isAccepted();
        };
        QVERIFY(!drop(csv)); // no workspace open: nothing to import into
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("ws.tierscope"))));
        QVERIFY(!drop(png));
        QTest::qWait(20);
        QVERIFY(!w.importFlow()->dialog());
        QVERIFY(drop(csv));
        QTRY_VERIFY(w.importFlow()->dialog());
        ui::ImportDialog *dialog = w.importFlow()->dialog();
        QCOMPARE(QFileInfo(dialog->filePath()), QFileInfo(csv));
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->mapping().target(0), CreatorField::Handle);
        dialog->reject();
    }

    void encodingOverride_rereadsThePreviewAndKeepsTheMapping()
    {
        QTemporaryDir dir;
        const QString csv =
            test::writeFile(dir, QStringLiteral("cp1252.csv"),
                            "handle,followers,notes\r\ncaf\xe9.paris,100,cr\xe8me\r\n");
        ui::ImportDialog dialog;
        QVERIFY(dialog.setFile(csv));
        const ui::ImportMappingModel *model = dialog.mappingModel();
        const int fileText = ui::ImportMappingModel::FileTextRole;
        QCOMPARE(model->index(1, 0).data(fileText).toString(), QStringLiteral("caf\u00e9.paris"));
        QCOMPARE(model->index(1, 0).data().toString(),
                 QStringLiteral("@caf\u00e9.paris")); // stored
        QVERIFY(dialog.encodingBox()->currentText().contains(u"Windows-1252"));
        QVERIFY(!dialog.notes().isEmpty()); // the guess is announced
        QComboBox *notes = mappingCombo(&dialog, 2);
        notes->setCurrentIndex(notes->findData(int(CreatorField::Ignore)));

        dialog.encodingBox()->setCurrentIndex(
            dialog.encodingBox()->findData(int(core::TextEncoding::Utf8)));
        QCOMPARE(dialog.options().encoding, core::TextEncoding::Utf8);
        QVERIFY(model->index(1, 0).data(fileText).toString().contains(QChar::ReplacementCharacter));
        QCOMPARE(dialog.mapping().target(2), CreatorField::Ignore);
        QCOMPARE(mappingCombo(&dialog, 2)->currentData().toInt(), int(CreatorField::Ignore));
    }

    void aFileThatIsNotCsv_showsWhyAndCannotBeImported()
    {
        QTemporaryDir dir;
        const QString png = test::writeFile(dir, QStringLiteral("image.csv"),
                                            QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        ui::ImportDialog dialog;
        QVERIFY(!dialog.setFile(png));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.problemText().contains(u"PNG"));
        QCOMPARE(dialog.mappingModel()->rowCount(), 0);
    }

    void export_writesTheCurrentFilterOrTheWholeWorkspace()
    {
        QTemporaryDir dir;
        test::addKnownCreators(*test::openWorkspace(dir, QStringLiteral("ws")));
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("ws.tierscope"))));
        QVERIFY(w.exportFlow()->action()->isEnabled());
        w.creatorsView()->filterPanel()->searchField()->setText(QStringLiteral("vegan"));
        const QLocale l;
        QTRY_COMPARE(w.statusText(),
                     QStringLiteral("%1 creators · %2 shown").arg(l.toString(12), l.toString(4)));

        const auto exportTo = [&](const QString &name, bool onlyFiltered) -> QStringList {
            QSignalSpy finished(w.exportFlow(), &ui::CsvExportFlow::finished);
            w.exportFlow()->startExport(dir.filePath(name), onlyFiltered);
            if (!finished.wait(30'000))
                return {};
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                return {};
            return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        };
        const QStringList filtered = exportTo(QStringLiteral("vegan.csv"), true);
        QCOMPARE(filtered.size(), 1 + 4);
        for (int i = 1; i < filtered.size(); ++i)
            QVERIFY2(filtered[i].contains(u"vegan"), qPrintable(filtered[i]));
        const QStringList all = exportTo(QStringLiteral("all.csv"), false);
        QCOMPARE(all.size(), 1 + 12);
        QVERIFY(ui::MessageBox::shown().isEmpty());
        QVERIFY(!w.isBusy());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
