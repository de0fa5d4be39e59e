// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/creator_search_box.h"

#include "core/common/display_format.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace tierscope::ui {

CreatorSearchBox::CreatorSearchBox(QWidget *parent)
    : QLineEdit(parent),
      m_suggestions(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_suggestions, this)),
      m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("compareSearch"));
    setPlaceholderText(tr("Add a creator: type a handle, name or niche…"));
    setClearButtonEnabled(true);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(this, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &CreatorSearchBox::updateSuggestions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CreatorSearchBox::choose);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter without picking: the first suggestion, when it is the only one or exact.
        if (m_suggestions->rowCount() == 1)
            choose(m_suggestions->index(0, 0));
    });
}

void CreatorSearchBox::setWorkspace(core::Workspace *workspace)
{
    m_workspace = workspace;
    m_suggestions->clear();
    clear();
    setEnabled(workspace != nullptr);
}

void CreatorSearchBox::updateSuggestions()
{
    m_suggestions->clear();
    const QString text = this->text().trimmed();
    if (!m_workspace || text.isEmpty())
        return;
    const QSqlDatabase db = m_workspace->database();
    const auto scheme = core::SettingsRepository(db).tierScheme();
    core::CreatorFilter filter;
    filter.text = text;
    const auto page = core::CreatorRepository(db).page(
        filter, scheme ? *scheme : core::TierScheme(),
        {core::CreatorSortColumn::Followers, true}, 0, kSuggestions);
    if (!page)
        return;
    const QLocale locale;
    for (const core::Creator &c : page->rows) {
        // The completer matches what it shows against the typed text: the item's text starts
        // with the handle typed most of the time; UnfilteredPopupCompletion shows all anyway.
        auto *item = new QStandardItem(
            tr("@%1 · %2 · %3 followers")
                .arg(c.handle, core::platformDisplayName(c.platform),
                     core::format::compactCount(
                         c.followers ? std::optional<double>(double(*c.followers)) : std::nullopt,
                         locale)));
        item->setData(c.id, IdRole);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() > 0 && hasFocus())
        m_completer->complete();
}

void CreatorSearchBox::choose(const QModelIndex &index)
{
    const qint64 id = index.data(IdRole).toLongLong();
    if (id <= 0)
        return;
    // After the completer has written its text into the field: clear it then.
    QTimer::singleShot(0, this, [this] {
        clear();
        m_suggestions->clear();
    });
    emit creatorChosen(id);
}

} // namespace tierscope::ui
