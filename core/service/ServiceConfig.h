#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dit {

struct CrisisContact
{
    enum class Action { Call, Text };
    // Where the crisis page puts it (docs/CLINICAL_SAFETY.md): the emergency number first and
    // alone in alarm red, then the service's own line and the person's therapist (only when a
    // service file names them), then the helplines. Optional in the file ("kind"); without
    // it 999, 112 and 911 are the emergency number and anything else a helpline.
    enum class Kind { Emergency, Service, Therapist, Helpline };
    QString name;
    QString detail;
    Action action = Action::Call;
    QString number;  // as a person would read it, e.g. "116 123"
    QString message; // for text lines: what to send, e.g. "SHOUT"
    Kind kind = Kind::Helpline;

    QString dialUri() const; // tel: or sms: URI for the platform to open
};

// Optional sync settings (docs/SYNC.md): the service's server, and the account for the
// short-code meeting place there. The rendezvous password is no patient's secret: it opens
// only the rendezvous database, where everything is encrypted under codes it never sees.
struct SyncServiceConfig
{
    QUrl server;
    QString rendezvousUser;
    QString rendezvousPassword;
    bool hasRendezvous() const { return server.isValid() && !rendezvousUser.isEmpty(); }
    // A short code works only for pairs on the service's own server: the phone looks for it
    // there (it knows no other address before pairing).
    bool rendezvousServes(const QUrl &pairServer) const
    {
        constexpr auto same = QUrl::StripTrailingSlash | QUrl::NormalizePathSegments;
        return hasRendezvous() && server.adjusted(same) == pairServer.adjusted(same);
    }
};

// What a service configures: its name and crisis contacts (later: risk wording,
// instrument packs). Built-in UK defaults are always available, so a broken service
// file can never leave a person without crisis numbers.
class ServiceConfig
{
public:
    static ServiceConfig builtIn();
    // Reads `<folder>/service.json`. A missing file gives the built-in configuration; a
    // malformed one gives an error naming the file and the problem.
    static Result<ServiceConfig> loadFromFolder(const QString &folder);
    // A malformed file is refused with every problem found, one per line.
    static Result<ServiceConfig> parse(const QByteArray &json, const QString &fileName);
    // Every problem in `<folder>/service.json` ("file: field: problem"); none if it is sound
    // or absent.
    static QStringList problemsIn(const QString &folder);

    QString serviceName() const { return m_serviceName; }
    QString crisisIntro() const { return m_crisisIntro; }
    const QList<CrisisContact> &crisisContacts() const { return m_contacts; }
    const SyncServiceConfig &sync() const { return m_sync; }

private:
    static ServiceConfig parseCollecting(const QByteArray &json, const QString &fileName,
                                         QStringList *problems);

    QString m_serviceName;
    QString m_crisisIntro;
    QList<CrisisContact> m_contacts;
    SyncServiceConfig m_sync;
};

} // namespace dit
