import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, downloadFileName } from "./file-names.ts";

describe("file names", () => {
  it("keeps only the last path segment, without control or direction characters", () => {
    expect(cleanFileName("C:\\Users\\ola\\Søknad.pdf")).toBe("Søknad.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("report\u202Efdp.exe")).toBe("reportfdp.exe");
    expect(cleanFileName("a\r\nb.pdf")).toBe("a b.pdf");
    expect(cleanFileName("...hidden")).toBe("hidden");
    expect(cleanFileName("  ")).toBe("attachment");
    const long = cleanFileName(`${"x".repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".docx")).toBe(true);
  });

  it("gives a download the ending its content has", () => {
    expect(downloadFileName("scan.pdf", "png")).toBe("scan.png");
    expect(downloadFileName("photo.JPEG", "jpg")).toBe("photo.JPEG");
    expect(downloadFileName("budget", "xlsx")).toBe("budget.xlsx");
    expect(downloadFileName("Plan.docx", "docx")).toBe("Plan.docx");
  });

  it("writes a header value that any name survives", () => {
    expect(contentDisposition("Письмо партнёра.pdf")).toBe(
      `attachment; filename="______ ________.pdf"; filename*=UTF-8''${encodeURIComponent("Письмо партнёра.pdf")}`,
    );
    expect(contentDisposition("a\"b;c'd.pdf")).toBe(
      `attachment; filename="a_b_c'd.pdf"; filename*=UTF-8''a%22b%3Bc%27d.pdf`,
    );
  });
});
