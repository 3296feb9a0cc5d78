import { startRecordingServer } from './recording-server.ts';

/**
 * A language model on 127.0.0.1 that speaks the chat-completions protocol and takes as long as the
 * test says: a request waits until the test lets it go. So "the model takes 10 seconds" is a state
 * the test holds and ends, not time that passes.
 */
export async function startModelStandIn(text: string) {
  let holding = true;
  const held: Array<() => void> = [];
  const server = await startRecordingServer(async () => {
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    return {
      body: {
        id: 'x',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: text } }],
      },
    };
  });
  return {
    ...server,
    /** Requests that are waiting for their answer now. */
    waiting: () => held.length,
    /** The requests still to come are answered at once; those waiting keep waiting. */
    answerNewAtOnce: () => {
      holding = false;
    },
    /** Answers the requests waiting now. */
    release: () => {
      for (const answer of held.splice(0)) answer();
    },
  };
}
