package runtime

import (
	"net/http"
	"testing"
)

func TestNewClient(t *testing.T) {
	c := NewClient("https://api.example.com/")
	if c.baseURL != "https://api.example.com" || c.http != http.DefaultClient {
		t.Errorf("NewClient gave %q with %v", c.baseURL, c.http)
	}
	hc := &http.Client{}
	if c := NewClient("https://api.example.com", WithHTTPClient(hc)); c.http != hc {
		t.Error("WithHTTPClient did not set the client's http.Client")
	}
}
