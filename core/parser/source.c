/* source.c - a program file's bytes to the UTF-8 text the lexer reads,
 * as CPython's tokenizer decodes a script (PEP 263): a UTF-8 BOM, or a
 * coding cookie on the first line (or the second, after a comment-only or
 * blank first line), else UTF-8.  The same code runs natively and in wasm,
 * so both builds agree byte for byte.
 *
 * Encodings: UTF-8, Latin-1 and ASCII under the names CPython accepts for
 * them (utf-8, utf8, latin-1, iso-8859-1, l1, ascii, us-ascii, ...).  Any
 * other cookie is a SyntaxError saying Coroscope does not support it.
 * Invalid UTF-8, including an encoded surrogate, is CPython's "Non-UTF-8
 * code" SyntaxError (parser.c checks that after decoding).
 */
#include "parser/parser.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "parser/lexer.h"

typedef enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_UNKNOWN } Encoding;

/* Line k (0 or 1) of src: [*start, *end) without its newline. */
static bool nth_line(const char *src, size_t len, int k, size_t *start, size_t *end)
{
    size_t i = 0;
    for (int line = 0; line < k; line++) {
        const char *nl = memchr(src + i, '\n', len - i);
        if (!nl)
            return false;
        i = (size_t)(nl - src) + 1;
    }
    const char *nl = memchr(src + i, '\n', len - i);
    *start = i;
    *end = nl ? (size_t)(nl - src) : len;
    return i < len || k == 0;
}

/* The cookie of one line ("# ... coding[:=] NAME"), copied into name;
 * false if the line has none. */
static bool cookie_of(const char *s, size_t n, char *name, size_t cap)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    if (i == n || s[i] != '#')
        return false;
    for (; i + 7 <= n; i++) {
        if (memcmp(s + i, "coding", 6) != 0 || (s[i + 6] != ':' && s[i + 6] != '='))
            continue;
        size_t j = i + 7, k = 0;
        while (j < n && (s[j] == ' ' || s[j] == '\t'))
            j++;
        while (j < n && k + 1 < cap &&
               (isalnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '_' || s[j] == '.'))
            name[k++] = s[j++];
        name[k] = 0;
        if (k)
            return true;
    }
    return false;
}

/* Is the line blank or only a comment (then the cookie may be on the next)? */
static bool comment_or_blank(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f' || s[i] == '\r'))
        i++;
    return i == n || s[i] == '#';
}

/* CPython's get_normal_name, then the codec's aliases. */
static Encoding encoding_named(const char *name, char *normal, size_t cap)
{
    char low[16];
    size_t k = 0;
    for (; name[k] && k < 12; k++)
        low[k] = name[k] == '_' ? '-' : (char)tolower((unsigned char)name[k]);
    low[k] = 0;
    bool more = name[k] != 0;
    const char *norm = name;
    if (!strcmp(low, "utf-8") || !strncmp(low, "utf-8-", 6))
        norm = "utf-8";
    else if (!strcmp(low, "latin-1") || !strcmp(low, "iso-8859-1") || !strcmp(low, "iso-latin-1") ||
             !strncmp(low, "latin-1-", 8) || !strncmp(low, "iso-8859-1-", 11) ||
             !strncmp(low, "iso-latin-1-", 12))
        norm = "iso-8859-1";
    snprintf(normal, cap, "%s", norm);
    if (norm != name)
        return norm[0] == 'u' ? ENC_UTF8 : ENC_LATIN1;
    static const char *const utf8[] = { "utf8", "u8", "utf", "cp65001" };
    static const char *const latin1[] = { "latin1", "latin", "l1", "8859", "cp819", "iso8859-1",
                                          "iso-ir-100", "csisolatin1", "iso8859" };
    static const char *const ascii[] = { "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968",
                                         "cp367", "csascii", "ibm367", "iso646-us" };
    for (size_t i = 0; !more && i < sizeof utf8 / sizeof *utf8; i++)
        if (!strcmp(low, utf8[i]))
            return ENC_UTF8;
    for (size_t i = 0; !more && i < sizeof latin1 / sizeof *latin1; i++)
        if (!strcmp(low, latin1[i]))
            return ENC_LATIN1;
    for (size_t i = 0; !more && i < sizeof ascii / sizeof *ascii; i++)
        if (!strcmp(low, ascii[i]))
            return ENC_ASCII;
    return ENC_UNKNOWN;
}

/* A real encoding CPython would read but Coroscope does not (cp1252,
 * UTF-16, Shift JIS, ...): the error then says so. */
static bool known_elsewhere(const char *name)
{
    static const char *const prefixes[] = { "cp", "iso-8859-", "iso8859", "utf-16", "utf-32",
                                            "utf16", "utf32", "euc", "shift", "sjis", "gb",
                                            "big5", "koi8", "mac", "windows-", "latin" };
    char low[64];
    size_t k = 0;
    for (; name[k] && k + 1 < sizeof low; k++)
        low[k] = name[k] == '_' ? '-' : (char)tolower((unsigned char)name[k]);
    low[k] = 0;
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (!strncmp(low, prefixes[i], strlen(prefixes[i])))
            return true;
    return false;
}

static const char *unsupported(const char *name)
{
    static char what[128];
    snprintf(what, sizeof what, "%s (Coroscope reads UTF-8, Latin-1 and ASCII only)", name);
    return what;
}

static int encoding_error(ast_error *err, const char *what)
{
    char msg[160];
    snprintf(msg, sizeof msg, "encoding problem: %s", what);
    lex_set_error(err, NULL, 0, "SyntaxError", 0, 0, 0, 0, msg);
    return -1;
}

/* Latin-1 bytes as UTF-8 (each byte is the code point). */
static char *latin1_to_utf8(const char *src, size_t len, size_t *outlen)
{
    size_t n = len;
    for (size_t i = 0; i < len; i++)
        n += (unsigned char)src[i] >= 0x80;
    char *out = mem_alloc(n + 1);
    if (!out)
        return NULL;
    size_t j = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c < 0x80) {
            out[j++] = (char)c;
        } else {
            out[j++] = (char)(0xC0 | (c >> 6));
            out[j++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[j] = 0;
    *outlen = j;
    return out;
}

int source_decode(const char *src, size_t len, char **out, size_t *outlen, ast_error *err)
{
    memset(err, 0, sizeof *err);
    *out = NULL;
    *outlen = len;
    bool bom = len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3);
    const char *text = bom ? src + 3 : src;
    size_t n = bom ? len - 3 : len;
    char name[64], normal[64];
    size_t a, b;
    bool found = nth_line(text, n, 0, &a, &b) && cookie_of(text + a, b - a, name, sizeof name);
    if (!found && nth_line(text, n, 0, &a, &b) && comment_or_blank(text + a, b - a) &&
        nth_line(text, n, 1, &a, &b))
        found = cookie_of(text + a, b - a, name, sizeof name);
    if (!found)
        return 0;
    Encoding enc = encoding_named(name, normal, sizeof normal);
    if (bom && enc != ENC_UTF8) {
        char what[96];
        snprintf(what, sizeof what, "%s with BOM", normal);
        return encoding_error(err, what);
    }
    switch (enc) {
    case ENC_UTF8:
        return 0;
    case ENC_ASCII:
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)text[i] >= 0x80)
                return encoding_error(err, "ascii");
        return 0;
    case ENC_LATIN1:
        *out = latin1_to_utf8(text, n, outlen);
        if (!*out) {
            lex_set_error(err, NULL, 0, "MemoryError", 0, 0, 0, 0, "out of memory");
            return -1;
        }
        return 0;
    case ENC_UNKNOWN:
    default:
        return encoding_error(err, known_elsewhere(normal) ? unsupported(normal) : normal);
    }
}
