// Reference for bench/http-bench: GET /ping → "pong" on libmicrohttpd (Debian's libmicrohttpd-dev), the other
// candidate issue 11 named for eventsd's HTTP layer. One internal thread with epoll, as eventsd has one event
// loop: the figures say what a C server built for this costs on the same machine, with and without 1,000 idle
// connections. Loopback only; runs until killed.
//   mhd-ping PORT

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace {

MHD_Result answer(void *, MHD_Connection *connection, const char *, const char *, const char *, const char *, size_t *,
                  void **request)
{
    // MHD's idiom: the first call only announces the request; answering then, before MHD knows there is no body
    // to read, makes it close the connection after the answer (no keep-alive).
    static int seen;
    if (*request == nullptr) {
        *request = &seen;
        return MHD_YES;
    }
    static char body[] = "pong";
    MHD_Response *response = MHD_create_response_from_buffer(4, body, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(response, "Content-Type", "text/plain");
    const MHD_Result queued = MHD_queue_response(connection, MHD_HTTP_OK, response);
    MHD_destroy_response(response);
    return queued;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s PORT\n", argv[0]);
        return 2;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(std::atoi(argv[1])));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    MHD_Daemon *daemon =
        MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD, std::uint16_t(std::atoi(argv[1])), nullptr, nullptr, &answer,
                         nullptr, MHD_OPTION_SOCK_ADDR, &address, MHD_OPTION_CONNECTION_LIMIT, 4096u,
                         MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_END);
    if (!daemon) {
        std::fprintf(stderr, "mhd-ping: cannot listen on port %s\n", argv[1]);
        return 1;
    }
    for (;;)
        ::pause();
}
