// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/decimal_question_panel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace tierscope::ui {

using core::DecimalMark;

namespace {

QString quoted(const QString &s)
{
    return u'“' + s + u'”';
}

} // namespace

DecimalQuestionPanel::DecimalQuestionPanel(QWidget *parent)
    : QFrame(parent)
    , m_allRow(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_rowsWidget(new QWidget(m_scroll))
    , m_rowsLayout(new QVBoxLayout(m_rowsWidget))
{
    setObjectName(QStringLiteral("decimalQuestions"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_allRow->setObjectName(QStringLiteral("decimalQuestionAll"));
    auto *allLabel = new QLabel(tr("Several columns do not show their decimal mark. For all of "
                                   "them:"),
                                m_allRow);
    auto *allComma = new QPushButton(tr("Decimal comma (1.234,5)"), m_allRow);
    auto *allPoint = new QPushButton(tr("Decimal point (1,234.5)"), m_allRow);
    allComma->setObjectName(QStringLiteral("allDecimalComma"));
    allPoint->setObjectName(QStringLiteral("allDecimalPoint"));
    connect(allComma, &QPushButton::clicked, this,
            [this] { emit answeredAll(DecimalMark::Comma); });
    connect(allPoint, &QPushButton::clicked, this,
            [this] { emit answeredAll(DecimalMark::Point); });
    auto *allLayout = new QHBoxLayout(m_allRow);
    allLayout->setContentsMargins(0, 0, 0, 4);
    allLayout->addWidget(allLabel);
    allLayout->addWidget(allComma);
    allLayout->addWidget(allPoint);
    allLayout->addStretch(1);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(6);
    m_rowsLayout->addStretch(1);
    m_scroll->setWidget(m_rowsWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_rowsWidget->setAutoFillBackground(false);

    auto *questions = new QVBoxLayout;
    questions->setContentsMargins(0, 0, 0, 0);
    questions->setSpacing(2);
    questions->addWidget(m_allRow);
    questions->addWidget(m_scroll);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon);
    layout->addLayout(questions, 1);
    hide();
}

void DecimalQuestionPanel::fitHeight()
{
    // Up to three questions in full; more scroll.
    int height = 0;
    const int spacing = m_rowsLayout->spacing();
    for (qsizetype i = 0; i < m_rows.size() && i < 3; ++i)
        height += m_rows[i].widget->sizeHint().height() + (i > 0 ? spacing : 0);
    if (m_rows.size() > 3)
        height += spacing + m_rows[3].widget->sizeHint().height() / 2; // a half line says "more"
    m_scroll->setFixedHeight(height);
}

DecimalQuestionPanel::Row DecimalQuestionPanel::makeRow(const QString &header)
{
    Row row;
    row.header = header;
    row.widget = new QWidget(m_rowsWidget);
    row.widget->setObjectName(QStringLiteral("decimalQuestion"));
    row.text = new QLabel(row.widget);
    row.text->setTextFormat(Qt::PlainText); // headers and values are the file's text
    row.text->setWordWrap(true);
    QFont bold = row.text->font();
    bold.setBold(true);
    row.text->setFont(bold);
    row.comma = new QRadioButton(row.widget);
    row.point = new QRadioButton(row.widget);
    row.group = new QButtonGroup(row.widget);
    row.group->addButton(row.comma);
    row.group->addButton(row.point);
    const auto answer = [this, header](DecimalMark mark) {
        return [this, header, mark](bool checked) {
            if (checked)
                emit answered(header, mark);
        };
    };
    connect(row.comma, &QRadioButton::toggled, this, answer(DecimalMark::Comma));
    connect(row.point, &QRadioButton::toggled, this, answer(DecimalMark::Point));
    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(12, 0, 0, 0);
    choices->addSpacing(0); // 0: spacing, 1: first choice, 2: spacing, 3: second, 4: stretch
    choices->addWidget(row.comma);
    choices->addSpacing(18);
    choices->addWidget(row.point);
    choices->addStretch(1);
    row.choices = choices;
    auto *layout = new QVBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(row.text);
    layout->addLayout(choices);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row.widget); // before the stretch
    return row;
}

void DecimalQuestionPanel::updateRow(Row &row, const Question &q)
{
    bool thousandsFirstIsComma = true; // "1.200": the comma reading makes it 1,200
    if (q.example) {
        const ColumnReadingText::Example &e = *q.example;
        const QString separator = quoted(QString(e.separator));
        const bool dot = e.separator == u'.';
        thousandsFirstIsComma = dot;
        // The reading that groups thousands first: "is that 1,200 or 1.2?"
        const QString thousands = dot ? e.asComma : e.asPoint;
        const QString decimals = dot ? e.asPoint : e.asComma;
        row.text->setText(tr("Column %1 only has values such as %2: is that %3 or %4?")
                              .arg(quoted(q.header), quoted(e.value), thousands, decimals));
        // With a decimal comma a "." groups thousands; with a decimal point a "," does.
        row.comma->setText(
            dot ? tr("%1 (%2 groups thousands, as in 1.234,5)").arg(e.asComma, separator)
                : tr("%1 (%2 is a decimal comma, as in 1.234,5)").arg(e.asComma, separator));
        row.point->setText(
            dot ? tr("%1 (%2 is a decimal point, as in 1,234.5)").arg(e.asPoint, separator)
                : tr("%1 (%2 groups thousands, as in 1,234.5)").arg(e.asPoint, separator));
    } else {
        row.text->setText(tr("Column %1 does not show which mark separates its decimals: how "
                             "does it write numbers?")
                              .arg(quoted(q.header)));
        row.comma->setText(tr("Decimal comma (1.234,5)"));
        row.point->setText(tr("Decimal point (1,234.5)"));
    }
    row.choices->removeWidget(row.comma);
    row.choices->removeWidget(row.point);
    row.choices->insertWidget(1, thousandsFirstIsComma ? row.comma : row.point);
    row.choices->insertWidget(3, thousandsFirstIsComma ? row.point : row.comma);
    const QSignalBlocker blockComma(row.comma);
    const QSignalBlocker blockPoint(row.point);
    row.group->setExclusive(false);
    row.comma->setChecked(q.answer == DecimalMark::Comma);
    row.point->setChecked(q.answer == DecimalMark::Point);
    row.group->setExclusive(true);
}

void DecimalQuestionPanel::setQuestions(const QList<Question> &questions)
{
    bool same = questions.size() == m_rows.size();
    for (qsizetype i = 0; same && i < questions.size(); ++i)
        same = questions[i].header == m_rows[i].header;
    if (!same) {
        for (Row &row : m_rows) {
            row.widget->hide();
            row.widget->deleteLater(); // its buttons may be sending the signal that led here
        }
        m_rows.clear();
        for (const Question &q : questions)
            m_rows << makeRow(q.header);
    }
    for (qsizetype i = 0; i < questions.size(); ++i)
        updateRow(m_rows[i], questions[i]);
    m_allRow->setVisible(m_rows.size() > 1);
    fitHeight();
    setVisible(!m_rows.isEmpty());
}

QString DecimalQuestionPanel::questionText(int i) const
{
    return i >= 0 && i < m_rows.size() ? m_rows[i].text->text() : QString();
}

QRadioButton *DecimalQuestionPanel::choice(const QString &header, DecimalMark mark) const
{
    for (const Row &row : m_rows) {
        if (row.header == header)
            return mark == DecimalMark::Comma ? row.comma
                : mark == DecimalMark::Point  ? row.point
                                              : nullptr;
    }
    return nullptr;
}

} // namespace tierscope::ui
