#pragma once

#include <curl/curl.h>

#include <memory>

namespace rc::net {

// Owners for libcurl's C handles, so that no early return or thrown allocation leaks one
// (OBS frees its header lists by hand and leaks them on error paths).
struct CurlEasyDeleter
{
    void operator()(CURL *h) const { curl_easy_cleanup(h); }
};
struct CurlMultiDeleter
{
    void operator()(CURLM *h) const { curl_multi_cleanup(h); }
};
struct CurlSlistDeleter
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
struct CurlMimeDeleter
{
    void operator()(curl_mime *m) const { curl_mime_free(m); }
};

using CurlEasy = std::unique_ptr<CURL, CurlEasyDeleter>;
using CurlMulti = std::unique_ptr<CURLM, CurlMultiDeleter>;
using CurlSlist = std::unique_ptr<curl_slist, CurlSlistDeleter>;
using CurlMime = std::unique_ptr<curl_mime, CurlMimeDeleter>;

// Appends to a header list held by a CurlSlist; curl_slist_append returns the new head (or null
// on failure, in which case the old list is still valid and still owned).
inline bool appendHeader(CurlSlist &list, const char *line)
{
    curl_slist *head = curl_slist_append(list.get(), line);
    if (!head)
        return false;
    list.release();
    list.reset(head);
    return true;
}

// curl_global_init is not thread-safe on its own; every client calls this first.
void ensureCurlGlobalInit();

} // namespace rc::net
