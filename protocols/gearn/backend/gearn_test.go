package backend

import (
	"reflect"
	"testing"

	"github.com/docs2go/docs2go/generator/golang"
	"github.com/docs2go/docs2go/schema"
)

func TestGearnPrefix(t *testing.T) {
	for _, c := range []struct {
		path, postType, want string
	}{
		{"/api/rJson/masterPlayer/client/linkAccount", "rJson", "/api/rJson/"},
		{"/api/rJson/masterPlayer/client/linkAccount", "", "/api/rJson/masterPlayer/client/"},
		{"/api/rJson/masterPlayer/client/linkAccount", "msgPack", "/api/rJson/masterPlayer/client/"},
		{"/linkAccount", "", "/"},
	} {
		if got := gearnPrefix(&schema.Endpoint{Path: c.path, PostType: c.postType}); got != c.want {
			t.Errorf("gearnPrefix(%q, post type %q) = %q, want %q", c.path, c.postType, got, c.want)
		}
	}
}

// TestUnknownRoutes: one route per prefix and method, sorted, and none
// where a prefix is itself an operation's path.
func TestUnknownRoutes(t *testing.T) {
	endpoint := func(method, path string) *golang.Endpoint {
		return &golang.Endpoint{Schema: &schema.Endpoint{Method: method, Path: path, PostType: "rJson"}}
	}
	got := unknownRoutes([]*golang.Endpoint{
		endpoint("POST", "/api/rJson/masterPlayer/client/linkAccount"),
		endpoint("POST", "/api/rJson/masterPlayer/server/linkAccount"),
		endpoint("GET", "/api/rJson/masterPlayer/client/getInfo"),
		endpoint("POST", "/api/rJson/"),
	})
	want := []route{{"GET", "/api/rJson/"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
