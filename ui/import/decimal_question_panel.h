// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/human_number.h"
#include "ui/import/column_reading_text.h"

#include <QFrame>
#include <QList>

#include <optional>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QRadioButton;
class QScrollArea;
class QVBoxLayout;

namespace tierscope::ui {

// The import dialog's questions about columns whose decimal mark the file does not show (only
// values such as "1.200 €"): one line per column, "Column “Honorar” only has values such as
// “1.200 €”: is that €1,200.00 or €1.20?", with the two readings as they would be stored to
// choose from; with several, one answer for all of them. At most about three lines show at a
// time (the rest scroll), so that the preview keeps its room. Hidden when there is nothing to
// ask.
class DecimalQuestionPanel : public QFrame
{
    Q_OBJECT
public:
    struct Question
    {
        QString header;
        std::optional<ColumnReadingText::Example> example; // none: no value to show in the preview
        core::DecimalMark answer = core::DecimalMark::Auto; // Auto: not answered
    };

    explicit DecimalQuestionPanel(QWidget *parent = nullptr);

    // Rebuilds the lines, or updates them in place when the columns are the same (a line's
    // buttons may be the sender of the change that led here).
    void setQuestions(const QList<Question> &questions);
    int questionCount() const { return int(m_rows.size()); }
    QString questionText(int i) const;
    // The button that answers a column with the mark; nullptr when the column is not asked.
    QRadioButton *choice(const QString &header, core::DecimalMark mark) const;

signals:
    void answered(const QString &header, core::DecimalMark mark);
    // One answer for every column asked (offered when there are several).
    void answeredAll(core::DecimalMark mark);

private:
    struct Row
    {
        QString header;
        QWidget *widget = nullptr;
        QLabel *text = nullptr;
        QRadioButton *comma = nullptr;
        QRadioButton *point = nullptr;
        QButtonGroup *group = nullptr;
        QHBoxLayout *choices = nullptr;
    };
    Row makeRow(const QString &header);
    void updateRow(Row &row, const Question &q);
    void fitHeight();

    QWidget *m_allRow;
    QScrollArea *m_scroll;
    QWidget *m_rowsWidget;
    QVBoxLayout *m_rowsLayout;
    QList<Row> m_rows;
};

} // namespace tierscope::ui
