import { NextResponse, type NextRequest } from "next/server";
import { answerCableApi } from "@/lib/search/cable-api";

export const dynamic = "force-dynamic";

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { status, body } = await answerCableApi((await params).id);
  return NextResponse.json(body, { status });
}
