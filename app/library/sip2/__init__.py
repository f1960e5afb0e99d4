"""通借通还 with the district library over SIP2 2.00: `api` (the district calls the book room makes), `outbox` (what
waits to be sent), `link` (the link's settings), `client` (the conversation), `codec` (frames)."""
