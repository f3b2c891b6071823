/**
 * A generated PDF as the browser should get it: shown inline under a file name (for saving), never
 * sniffed as another type, and never kept in a shared cache (it is personal).
 */
export function pdfResponse(pdf: Uint8Array, fileName: string): Response {
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `inline; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
