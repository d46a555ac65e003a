#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace dit {

// Key material and passphrases. Held in libsodium's guarded memory (locked, guard pages),
// wiped when freed or on wipe(). Move-only so a secret is never silently copied.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(QByteArrayView bytes);
    // Takes a passphrase typed by a person as UTF-8 and wipes the caller's QString buffer.
    static SecretBytes fromPassphrase(QString &passphrase);
    // The same without touching `text`: for a secret the app keeps (a service's configured
    // password), or for several strings that may share one buffer (a passphrase and its
    // confirmation): convert them all first, then wipe them all.
    static SecretBytes fromText(const QString &text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const
    {
        return {reinterpret_cast<const char *>(m_data), qsizetype(m_size)};
    }

    bool equals(const SecretBytes &other) const; // constant time
    void wipe();                                 // zeroes and frees now

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes the characters of a QString that held a secret, in the buffer that holds them: a
// QString shares its buffer with its copies (every string from QML is such a copy), and
// the shared buffer is the one zeroed, so every copy sharing it reads zeros afterwards.
// Callers hold the only reference, or accept that all the copies are zeroed. Best effort
// still: Qt may have made real copies we cannot reach, such as the text of a QML field;
// callers clear those too.
void wipeString(QString &s);
void wipeBytes(QByteArray &b);

} // namespace dit
