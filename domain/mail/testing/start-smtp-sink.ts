import net from "node:net";

// A tiny SMTP server for tests: enough of RFC 5321 for nodemailer to deliver to it, keeping every
// message it accepts. It can be told to refuse recipients, to exercise the retry path.

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Raw messages (headers and body) in the order they arrived. */
  messages: string[];
  /** While set, RCPT TO is answered with this reply (e.g. "451 4.3.0 Try again later"). */
  refuseWith: string | null;
  /** How many more recipients to refuse before accepting again; Infinity until changed. */
  refusals: number;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sockets = new Set<net.Socket>();
  const sink: SmtpSink = {
    url: "",
    messages: [],
    refuseWith: null,
    refusals: Number.POSITIVE_INFINITY,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = "";
    let data: string[] | null = null;
    reply("220 sink.test ESMTP");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === ".") {
            sink.messages.push(data.join("\r\n"));
            data = null;
            reply("250 2.0.0 Queued");
          } else {
            data.push(line.startsWith("..") ? line.slice(1) : line);
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === "EHLO") reply("250-sink.test\r\n250 8BITMIME");
        else if (command === "HELO" || command === "MAIL" || command === "RSET" || command === "NOOP")
          reply("250 OK");
        else if (command === "RCPT") {
          if (sink.refuseWith && sink.refusals > 0) {
            sink.refusals--;
            reply(sink.refuseWith);
          } else reply("250 OK");
        } else if (command === "DATA") {
          data = [];
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (command === "QUIT") {
          reply("221 Bye");
          socket.end();
        } else reply("502 Command not implemented");
      }
    });
    socket.on("error", () => {});
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  sink.url = `smtp://127.0.0.1:${port}`;
  return sink;
}
