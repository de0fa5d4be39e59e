// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_workspace.h"

#include "core/demo/demo_creator_factory.h"
#include "core/demo/demo_projects.h"
#include "core/storage/bulk_creator_writer.h"
#include "core/storage/creator_repository.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"

#include <QLocale>

namespace tierscope::core {

Status writeDemoWorkspace(Workspace &workspace, const DemoOptions &options)
{
    if (options.creators < 0)
        return {Error::Code::InvalidArgument, QStringLiteral("The number of creators must not be negative.")};
    CreatorRepository creators(workspace.database());
    const auto existing = creators.totalCount();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return {Error::Code::Conflict,
                QStringLiteral("The workspace already has %1 creators; sample data goes into an "
                               "empty workspace only.")
                    .arg(QLocale().toString(*existing))};

    DemoCreatorFactory factory(options.seed);
    Transaction tx(workspace.database());
    if (const Status s = tx.begin())
        return s;
    {
        BulkCreatorWriter writer(workspace.database(), BulkCreatorWriter::OnDuplicate::Skip);
        if (const Status s = writer.begin())
            return s;
        for (qint64 i = 0; i < options.creators; ++i) {
            if (const Status s = writer.add(factory.make(i)))
                return s;
            if (options.progress && (i % 10'000) == 9'999 && !options.progress(i + 1))
                return {Error::Code::Cancelled, QStringLiteral("Cancelled.")};
        }
        if (const Status s = writer.commit())
            return s;
    }
    if (options.withProjects) {
        if (const Status s = writeDemoProjects(workspace))
            return s;
    }
    if (const Status s = tx.commit())
        return s;
    emit workspace.events()->creatorsChanged();
    emit workspace.events()->shortlistsChanged();
    emit workspace.events()->campaignsChanged();
    return {};
}

} // namespace tierscope::core
