#include "sample/SampleLibrary.h"

#include "calls/CallImporter.h"
#include "figures/SampleFigures.h"
#include "store/LibraryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
const QString kSampleInstalledKey = u"sample_installed"_s;

} // namespace

bool SampleLibrary::isInstalled(const LibraryStore &store)
{
    return !store.metaValue(kSampleInstalledKey).isEmpty() && SampleFigures::isInstalled(store);
}

bool SampleLibrary::install(LibraryStore &store, QString *error)
{
    // The figures came later than the call: a library with the call still gets them once.
    if (!store.metaValue(kSampleInstalledKey).isEmpty())
        return SampleFigures::install(store, error);
    const QByteArray manifest = SampleFigures::readResource(u":/sample/sample-call.json"_s, error);
    if (manifest.isEmpty())
        return false;
    const QJsonObject json = QJsonDocument::fromJson(manifest).object();
    const QString fileName = json.value("file"_L1).toString();
    const QByteArray transcript = SampleFigures::readResource(u":/sample/"_s + fileName, error);
    if (transcript.isEmpty())
        return false;

    CallMetadata meta;
    meta.companyTicker = json.value("company"_L1)["ticker"_L1].toString();
    meta.companyName = json.value("company"_L1)["name"_L1].toString();
    meta.fiscalPeriod = json.value("fiscal_period"_L1).toString();
    meta.callDate = QDate::fromString(json.value("call_date"_L1).toString(), Qt::ISODate);
    meta.title = json.value("title"_L1).toString();
    for (const QJsonValue &asker : json.value("askers"_L1).toArray())
        meta.questionAskers.append({asker["name"_L1].toString(), asker["firm"_L1].toString()});
    const QJsonObject titles = json.value("speaker_titles"_L1).toObject();
    for (auto it = titles.begin(); it != titles.end(); ++it)
        meta.speakerTitles.insert(it.key(), it.value().toString());

    CallImporter importer(store);
    const CallImporter::Outcome outcome = importer.importBytes(transcript, fileName, meta);
    if (!outcome.ok && !outcome.duplicate) {
        *error = outcome.error;
        return false;
    }
    return store.setMetaValue(kSampleInstalledKey, QString::number(outcome.callId), error) &&
           SampleFigures::install(store, error);
}
