#include "SecretBytes.h"

#include "Sodium.h"

#include <QByteArray>

#include <cstdlib>
#include <cstring>
#include <sodium.h>
#include <utility>

namespace dit {

SecretBytes::SecretBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        std::abort(); // out of memory for a key: nothing sensible to continue with
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    if (size)
        randombytes_buf(s.m_data, size);
    return s;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes s(static_cast<std::size_t>(bytes.size()));
    if (s.m_data && !bytes.isEmpty())
        std::memcpy(s.m_data, bytes.data(), s.m_size);
    return s;
}

SecretBytes SecretBytes::fromText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes s = copyOf(utf8);
    wipeBytes(utf8);
    return s;
}

SecretBytes SecretBytes::fromPassphrase(QString &passphrase)
{
    SecretBytes s = fromText(passphrase);
    wipeString(passphrase);
    return s;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::wipe()
{
    if (m_data)
        sodium_free(m_data); // sodium_free zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

// Zeroes the buffer itself, never a detached copy (detaching would leave the secret where
// it was). A literal or raw-data string has no buffer of its own to zero: it is only
// cleared.
void wipeString(QString &s)
{
    if (s.isEmpty())
        return;
    if (s.data_ptr().isMutable())
        sodium_memzero(const_cast<QChar *>(s.constData()),
                       static_cast<size_t>(s.size()) * sizeof(QChar));
    s.clear();
}

void wipeBytes(QByteArray &b)
{
    if (b.isEmpty())
        return;
    if (b.data_ptr().isMutable())
        sodium_memzero(const_cast<char *>(b.constData()), static_cast<size_t>(b.size()));
    b.clear();
}

} // namespace dit
