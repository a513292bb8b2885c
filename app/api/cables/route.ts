import { NextResponse, type NextRequest } from "next/server";
import { answerCablesApi } from "@/lib/search/cables-api";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const { status, body } = await answerCablesApi(request.nextUrl.searchParams);
  return NextResponse.json(body, { status });
}
