#include "TextDraft.h"

#include "AppContext.h"
#include "crypto/SecretBytes.h"
#include "storage/Drafts.h"

#include <QJsonObject>

namespace dit {

namespace {
constexpr int kSaveDelayMs = 800;
} // namespace

TextDraft::TextDraft(QObject *parent) : TextDraft(*AppContext::instance(), parent) {}

TextDraft::TextDraft(AppContext &context, QObject *parent) : QObject(parent), m_ctx(&context)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSaveDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { save(); });
    connect(m_ctx, &AppContext::storeOpened, this, &TextDraft::load);
    connect(m_ctx, &AppContext::storeClosing, this, [this] {
        if (m_state != Saved)
            save();
    });
    connect(m_ctx, &AppContext::storeClosed, this, &TextDraft::forget);
}

TextDraft::~TextDraft()
{
    if (m_ctx && m_state == Unsaved)
        save();
    wipeString(m_text);
}

void TextDraft::setKey(const QString &key)
{
    if (key == m_key)
        return;
    if (m_state != Saved)
        save();
    m_key = key;
    Q_EMIT keyChanged();
    load();
}

void TextDraft::setKind(const QString &kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        Q_EMIT kindChanged();
    }
}

void TextDraft::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    if (m_state != Failed)
        setState(Unsaved);
    m_debounce.start();
}

void TextDraft::setState(SaveState state, const QString &error)
{
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT saveStateChanged();
}

bool TextDraft::save()
{
    m_debounce.stop();
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    if (!store || m_key.isEmpty())
        return false;
    Drafts drafts(store->database(), store->clock());
    const Status s = m_text.isEmpty() ? drafts.remove(m_key) : drafts.save(m_key, m_kind, m_text);
    if (!s) {
        // Nothing typed is dropped: the text stays in memory and on screen.
        setState(Failed, tr("%1 What you typed is still here and will be saved as soon as it "
                            "can be.")
                             .arg(s.error().message));
        return false;
    }
    setState(Saved);
    return true;
}

bool TextDraft::submit()
{
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    if (!store || m_text.trimmed().isEmpty())
        return false;
    Status s = store->database().transaction([&]() -> Status {
        auto record =
            store->records().append(m_kind, QJsonObject{{QStringLiteral("text"), m_text}});
        if (!record)
            return record.error();
        return Drafts(store->database(), store->clock()).remove(m_key);
    });
    if (!s) {
        setState(Failed, tr("%1 What you typed is still here.").arg(s.error().message));
        return false;
    }
    forget();
    setState(Saved);
    Q_EMIT submitted();
    return true;
}

void TextDraft::load()
{
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    if (!store || m_key.isEmpty())
        return;
    auto body = Drafts(store->database(), store->clock()).load(m_key);
    const QString loaded = body && body.value() ? *body.value() : QString();
    if (loaded != m_text) {
        m_text = loaded;
        Q_EMIT textChanged();
    }
    setState(Saved);
}

void TextDraft::forget()
{
    m_debounce.stop();
    if (!m_text.isEmpty()) {
        wipeString(m_text);
        Q_EMIT textChanged();
    }
}

} // namespace dit
